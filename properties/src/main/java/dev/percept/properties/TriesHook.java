package dev.percept.properties;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A global jqwik hook (registered in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook})
 * that keeps each property's tries, checks and seed for {@link ClaimPropertyRecorder}: the JUnit
 * Platform events the recorder sees carry the outcome and the tags but not the counts (jqwik prints
 * its report to stdout unless told otherwise), so the counts travel through this map, keyed by
 * container class and method.
 */
public final class TriesHook implements AroundPropertyHook {

    /** Counts of one property execution. */
    record Counts(int tries, int checks, String seed) {
    }

    /** Where a property ran: its container class (a subclass may inherit the method) and its method. */
    record Key(String containerClass, Method method) {
    }

    private static final Map<Key, Counts> COUNTS = new ConcurrentHashMap<>();

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult r = property.execute();
        COUNTS.put(new Key(context.containerClass().getName(), context.targetMethod()),
                new Counts(r.countTries(), r.countChecks(), r.seed().orElse(null)));
        return r;
    }

    /** Removes and returns the counts of the property last run at this place, or {@code null}. */
    static Counts take(String containerClass, Method method) {
        return COUNTS.remove(new Key(containerClass, method));
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /**
     * Outermost of all around-property hooks (jqwik's statistics hook sits at -50), so the counts
     * are final. The outcome is taken from the platform's result, which also covers failures
     * raised by hooks outside this one.
     */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
