/**
 * {@code percept vectors}: exact, language-neutral JSON test vectors (Wycheproof layout) with their
 * JSON Schemas, for other implementations to test against.
 */
package dev.percept.vectors;
