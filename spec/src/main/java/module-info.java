/**
 * percept's claim registry and its JML-annotated integer kernels. No dependencies.
 */
module dev.percept.spec {
    exports dev.percept.spec;
    exports dev.percept.spec.kernels;
}
