package dev.percept.proofs;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.init.ProofInputException;
import de.uka.ilkd.key.proof.init.ProofOblInput;
import de.uka.ilkd.key.proof.io.ProblemLoaderException;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs KeY headlessly on every JML contract of the classes below a source root, in auto mode,
 * with Java integer semantics ({@code intRules:javaSemantics}: every {@code int}/{@code long}
 * operation is checked for overflow), a step limit and a wall-clock timeout per proof, and a
 * settings directory inside the build directory (never the user's home).
 */
final class KeyProver {

    /** Step limit per proof (auto mode stops there, leaving the proof open). */
    static final int MAX_STEPS = 30_000;

    /** Outcome of one contract. */
    record Outcome(String type, String contract, boolean closed, int nodes, int openGoals, long millis, String arith) {
    }

    private KeyProver() {
    }

    /**
     * Proves every contract of every non-library type found under {@code sourceRoot}.
     *
     * @param sourceRoot a Java source root (package directories below it)
     * @param settingsDir a writable directory for KeY's settings
     * @param timeoutMillis wall-clock limit per proof
     */
    static List<Outcome> proveAll(Path sourceRoot, Path settingsDir, long timeoutMillis)
            throws ProblemLoaderException, ProofInputException, IOException {
        Files.createDirectories(settingsDir);
        // Must precede the first use of ProofSettings, whose static files derive from it.
        PathConfig.setKeyConfigDir(settingsDir.toAbsolutePath().toString());
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> defaults = new HashMap<>(choices.getDefaultChoices());
        defaults.put("intRules", "intRules:javaSemantics");
        defaults.put("assertions", "assertions:safe");
        defaults.put("runtimeExceptions", "runtimeExceptions:ban");
        choices.setDefaultChoices(defaults);

        KeYEnvironment<?> env = KeYEnvironment.load(sourceRoot.toFile(), null, null, null);
        List<Outcome> out = new ArrayList<>();
        try {
            String active = env.getInitConfig().getActivatedChoices().toString();
            if (!active.contains("intRules:javaSemantics")) {
                throw new IllegalStateException("KeY did not activate intRules:javaSemantics: " + active);
            }
            List<Contract> contracts = new ArrayList<>();
            for (KeYJavaType type : env.getJavaInfo().getAllKeYJavaTypes()) {
                if (KeYTypeUtil.isLibraryClass(type)) {
                    continue;
                }
                for (IObserverFunction target : env.getSpecificationRepository().getContractTargets(type)) {
                    for (Contract c : env.getSpecificationRepository().getContracts(type, target)) {
                        contracts.add(c);
                    }
                }
            }
            contracts.sort((x, y) -> x.getName().compareTo(y.getName()));
            for (Contract contract : contracts) {
                Outcome o = attempt(env, contract, StrategyProperties.NON_LIN_ARITH_DEF_OPS, timeoutMillis);
                if (!o.closed()) {
                    // Second attempt with nonlinear completion (multiplies inequations); it
                    // explores much more, so it is only the fallback.
                    Outcome o2 = attempt(env, contract, StrategyProperties.NON_LIN_ARITH_COMPLETION, timeoutMillis);
                    o = new Outcome(o2.type(), o2.contract(), o2.closed(), o2.nodes(), o2.openGoals(), o.millis() + o2.millis(), o2.arith());
                }
                out.add(o);
            }
        } finally {
            env.dispose();
        }
        return out;
    }

    private static Outcome attempt(KeYEnvironment<?> env, Contract contract, String nonLinear, long timeoutMillis)
            throws ProofInputException, IOException {
        ProofOblInput po = contract.createProofObl(env.getInitConfig(), contract);
        Proof proof = env.createProof(po);
        try {
            StrategyProperties sp = proof.getSettings().getStrategySettings().getActiveStrategyProperties();
            sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
            sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
            sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
            sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
            sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, nonLinear);
            sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
            proof.getSettings().getStrategySettings().setActiveStrategyProperties(sp);
            proof.getSettings().getStrategySettings().setMaxSteps(MAX_STEPS);
            proof.getSettings().getStrategySettings().setTimeout(timeoutMillis);
            proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory().create(proof, sp));
            long t0 = System.nanoTime();
            env.getUi().getProofControl().startAndWaitForAutoMode(proof);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!proof.openGoals().isEmpty() && System.getenv("PERCEPT_KEY_DUMP") != null) {
                StringBuilder sb = new StringBuilder();
                for (de.uka.ilkd.key.proof.Goal g : proof.openGoals()) {
                    sb.append(de.uka.ilkd.key.pp.LogicPrinter.quickPrintSequent(g.sequent(), proof.getServices())).append("\n=====\n");
                }
                Files.writeString(Path.of(System.getenv("PERCEPT_KEY_DUMP"), "open-" + nonLinear + "-" + Math.abs(contract.getName().hashCode()) + ".txt"),
                        sb.toString());
            }
            return new Outcome(contract.getKJT().getName(), contract.getName(), proof.openGoals().isEmpty(), proof.countNodes(),
                    proof.openGoals().size(), ms, nonLinear);
        } finally {
            proof.dispose();
        }
    }

    /** Copies the {@code .java} files of a package directory into a fresh source root. */
    static Path stage(File packageDir, String packagePath, Path root) throws IOException {
        Path dest = root.resolve(packagePath);
        Files.createDirectories(dest);
        File[] files = packageDir.listFiles((d, n) -> n.endsWith(".java"));
        if (files == null || files.length == 0) {
            throw new IOException("no Java sources in " + packageDir);
        }
        for (File f : files) {
            Files.copy(f.toPath(), dest.resolve(f.getName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return root;
    }
}
