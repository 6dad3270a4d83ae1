/**
 * The {@code percept} command line, the top layer: argument parsing, text and JSON output, exit
 * codes, plots and progress. The only place that knows about them.
 */
package dev.percept.cli;
