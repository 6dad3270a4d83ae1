/**
 * percept's exact reference, as a library for other projects' tests. Exported: the oracle API
 * ({@code dev.percept.oracle}), the exact number types it speaks ({@code dev.percept.exact}), the
 * one exact boundary to IEEE-754 doubles ({@code dev.percept.binary64}) and the names of the models
 * and tie rules ({@code dev.percept.model}).
 * Everything else (the structured spectra, dynamics, audit, fast path and the claim ledger) is
 * internal: percept's own modules use it from the class path, consumers on the module path cannot.
 * Runtime dependencies: big-math and EJML only.
 */
module dev.percept.impl {
    requires transitive dev.percept.spec;
    requires ch.obermuhlner.math.big;
    requires ejml.core;
    requires ejml.ddense;

    exports dev.percept.oracle;
    exports dev.percept.exact;
    exports dev.percept.binary64;
    exports dev.percept.model;

    uses dev.percept.verify.EvidenceSource;
    provides dev.percept.verify.EvidenceSource with
            dev.percept.verify.Prop41Suite,
            dev.percept.verify.CorollarySuite,
            dev.percept.verify.ReductionSuite,
            dev.percept.verify.M1Suite,
            dev.percept.verify.MainBoundSuite,
            dev.percept.verify.Q1Suite;
}
