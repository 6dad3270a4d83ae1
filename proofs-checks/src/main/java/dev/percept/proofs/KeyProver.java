package dev.percept.proofs;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.init.ProofInputException;
import de.uka.ilkd.key.proof.io.ProblemLoaderException;
import de.uka.ilkd.key.prover.impl.ApplyStrategy;
import de.uka.ilkd.key.prover.impl.ApplyStrategyInfo;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs KeY headlessly on every JML contract of the classes below a source root, in auto mode, in
 * the calling thread: Java integer semantics ({@code intRules:javaSemantics}, so every
 * {@code int}/{@code long} operation is checked for overflow), runtime exceptions banned (a
 * contract closes only if no null dereference, bad index or division by zero can happen), and a
 * <em>step budget</em> per proof instead of a wall-clock limit, so that whether a proof closes
 * depends on the proof and not on the load of the machine (spec/evidence.md). KeY's settings go
 * to a directory the caller names, never the user's home.
 */
public final class KeyProver {

    /** What KeY did with one contract. */
    public record Outcome(String className, String method, String contract, boolean closed, int nodes, int openGoals, int steps,
            long millis, long cpuMillis, KeyBudget budget) {

        /** @return {@code SimpleClass::method}, the key of {@link KernelContracts} */
        public String id() {
            return className.substring(className.lastIndexOf('.') + 1) + "::" + method;
        }
    }

    /** Receives each outcome as soon as KeY is done with it (progress output). */
    public interface Listener {
        /** KeY has read the sources and found {@code contracts} contracts. */
        void loaded(int contracts, long millis);

        /** Contract {@code index} (1-based) of {@code total} is done. */
        void proved(int index, int total, Outcome outcome);
    }

    /** All outcomes of a run, in contract order, and the time KeY took to read the sources. */
    public record Run(List<Outcome> outcomes, long loadMillis) {
    }

    private KeyProver() {
    }

    /**
     * Proves every contract of every non-library type below {@code sourceRoot}.
     *
     * @param sourceRoot a Java source root (package directories below it)
     * @param bootRoot KeY's library stubs to use instead of its built-in ones, or {@code null}
     * @param settingsDir a writable directory for KeY's settings
     * @param budgets the step budget and arithmetic strategy of each contract, by {@link Outcome#id()}
     * @param listener progress receiver
     */
    public static Run proveAll(Path sourceRoot, Path bootRoot, Path settingsDir, java.util.function.Function<String, KeyBudget> budgets,
            Listener listener) throws ProblemLoaderException, ProofInputException, IOException {
        Files.createDirectories(settingsDir);
        // Must precede the first use of ProofSettings, whose static files derive from it.
        PathConfig.setKeyConfigDir(settingsDir.toAbsolutePath().toString());
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> defaults = new HashMap<>(choices.getDefaultChoices());
        defaults.put("intRules", "intRules:javaSemantics");
        defaults.put("assertions", "assertions:safe");
        defaults.put("runtimeExceptions", "runtimeExceptions:ban");
        choices.setDefaultChoices(defaults);

        long t0 = System.nanoTime();
        KeYEnvironment<?> env = KeYEnvironment.load(sourceRoot.toFile(), null, bootRoot == null ? null : bootRoot.toFile(), null);
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
            long loadMillis = (System.nanoTime() - t0) / 1_000_000;
            listener.loaded(contracts.size(), loadMillis);
            for (int i = 0; i < contracts.size(); i++) {
                Contract c = contracts.get(i);
                String id = c.getKJT().getJavaType().getName();
                id = id.substring(id.lastIndexOf('.') + 1) + "::" + c.getTarget().name().toString().replaceAll(".*::", "");
                Outcome o = attempt(env, c, budgets.apply(id));
                out.add(o);
                listener.proved(i + 1, contracts.size(), o);
            }
            return new Run(out, loadMillis);
        } finally {
            env.dispose();
        }
    }

    /** One auto-mode run of one contract with its budget, in this thread (so its CPU time is measurable). */
    private static Outcome attempt(KeYEnvironment<?> env, Contract contract, KeyBudget budget) throws ProofInputException, IOException {
        Proof proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
        try {
            StrategyProperties sp = proof.getSettings().getStrategySettings().getActiveStrategyProperties();
            sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
            sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_INVARIANT);
            sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
            sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
            sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, budget.arithmetic().key());
            sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
            proof.getSettings().getStrategySettings().setActiveStrategyProperties(sp);
            proof.getSettings().getStrategySettings().setMaxSteps(budget.steps());
            proof.getSettings().getStrategySettings().setTimeout(-1);
            proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory().create(proof, sp));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ApplyStrategy prover = new ApplyStrategy(proof.getInitConfig().getProfile().getSelectedGoalChooserBuilder().create());
            ApplyStrategyInfo info = prover.start(proof, proof.openGoals(), budget.steps(), -1, false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            if (info.isError()) {
                throw new IllegalStateException("KeY failed on " + contract.getName(), info.getException());
            }
            dumpOpenGoals(proof, contract);
            String type = contract.getKJT().getJavaType().getFullName();
            String method = contract.getTarget().name().toString().replaceAll(".*::", "");
            return new Outcome(type, method, contract.getName(), proof.openGoals().isEmpty(), proof.countNodes(), proof.openGoals().size(),
                    info.getAppliedRuleApps(), ms, cpuMs, budget);
        } finally {
            proof.dispose();
        }
    }

    /** With {@code PERCEPT_KEY_DUMP} set to a directory, writes the open goals of a failed proof there (for debugging a contract). */
    private static void dumpOpenGoals(Proof proof, Contract contract) throws IOException {
        String dir = System.getenv("PERCEPT_KEY_DUMP");
        if (proof.openGoals().isEmpty() || dir == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (de.uka.ilkd.key.proof.Goal g : proof.openGoals()) {
            sb.append(de.uka.ilkd.key.pp.LogicPrinter.quickPrintSequent(g.sequent(), proof.getServices())).append("\n=====\n");
        }
        Files.writeString(Path.of(dir, "open-" + contract.getTarget().name().toString().replaceAll("[^A-Za-z0-9]", "_") + ".txt"), sb.toString());
    }
}
