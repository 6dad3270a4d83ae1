package dev.percept.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The registry of every claim percept checks, in ledger order. {@code spec/claims.md} states each
 * one in full with its proof sketch; this class is the single place the IDs are declared.
 */
public final class Claims {

    private static final Map<String, Claim> BY_ID = new LinkedHashMap<>();

    /** Proposition 4.1, case a = 0. */
    public static final Claim P41_1 = declare("P41.1",
            "If a = 0 then A = 0: eigenvalue 0 with multiplicity d+2.", Source.FRAGMENT);
    /** Proposition 4.1, case a = Pa. */
    public static final Claim P41_2 = declare("P41.2",
            "If a != 0 and a = Pa, the nonzero eigenvalues are +-sqrt(2)||a|| with eigenvectors [||a||, ||a||, sqrt(2) a] and [-||a||, -||a||, sqrt(2) a]; 0 has multiplicity d.", Source.FRAGMENT);
    /** Proposition 4.1, case a = -Pa. */
    public static final Claim P41_3 = declare("P41.3",
            "If a != 0 and a = -Pa, the nonzero eigenvalues are +-sqrt(2)||a|| with eigenvectors [||a||, -||a||, sqrt(2) a] and [-||a||, ||a||, sqrt(2) a]; 0 has multiplicity d.", Source.FRAGMENT);
    /** Proposition 4.1, general case. */
    public static final Claim P41_4 = declare("P41.4",
            "If a != 0, a != Pa, a != -Pa, the nonzero eigenvalues are +-sqrt(s+p), +-sqrt(s-p) (s = ||a||^2, p = a^T P a) with eigenvectors [+-abar+, +-abar+, a+Pa], [+-abar-, -+abar-, a-Pa]; 0 has multiplicity d-2.", Source.FRAGMENT);
    /** Proposition 4.1, norm bound. */
    public static final Claim P41_5 = declare("P41.5",
            "||A||^2 = s + |p| and s <= s + |p| <= 2s, i.e. ||a|| <= ||A|| <= sqrt(2)||a||, with equality on the right iff a = Pa or a = -Pa and on the left iff p = 0.", Source.DERIVED);
    /** Beyond the paper: the general pair M(a, b), of which Proposition 4.1 is the case b = Pa. */
    public static final Claim P41_G = declare("P41.G",
            "For any a, b in Q^d, M(a, b) = [[0,0,a^T],[0,0,b^T],[a,b,0]] has characteristic polynomial lambda^(d-2) (lambda^4 - (s+t) lambda^2 + (s t - p^2)) (s = ||a||^2, t = ||b||^2, p = a^T b): its nonzero eigenvalues are +-sqrt(q) for the positive roots q = ((s+t) +- sqrt((s-t)^2 + 4p^2))/2 of q^2 - (s+t) q + (s t - p^2), with eigenvectors [+-sqrt(q) h, B h] (B = [a, b], G h = q h for the Gram matrix G = [[s, p], [p, t]]); with b = Pa for an orthogonal P (t = s) it is P41.1-P41.4.", Source.DERIVED);
    /** Corollary, first matrix. */
    public static final Claim C1 = declare("C1",
            "For the minimal example, A1 = M(a1) has exactly two nonzero eigenvalues +-lambda1, lambda1 = sqrt(2d).", Source.FRAGMENT);
    /** Corollary, second matrix. */
    public static final Claim C2 = declare("C2",
            "For the minimal example, A2 = M(a2) has exactly four nonzero eigenvalues +-lambda2, +-mu, lambda2 = sqrt((2+mu)^2 + 2(d-2)).", Source.FRAGMENT);
    /** Corollary, kernel statement. */
    public static final Claim C3 = declare("C3",
            "The eigenvectors vmu+ and vmu- of A2 (eigenvalues +-mu) lie in ker(A1) and are proportional to [-mu, mu, mu, -mu, 0..0] and [mu, -mu, mu, -mu, 0..0].", Source.FRAGMENT);

    /** GD as a perceptron, linear model (spec/reduction.md, Theorem R and Corollary R1). */
    public static final Claim R1 = declare("R1",
            "Linear model, logistic loss: GD with step gamma from 0 and the batch perceptron with eta = gamma/n and omega(0) = 1/2 from 0 take the same first step exactly, and their distance at every step t stays below the computed bound B_t of Theorem R, which decays like gamma e^(-c gamma) when no perceptron margin after the first step is zero.", Source.RECONSTRUCTED);
    /** GD as a perceptron, two-layer and tied models (spec/reduction.md, Theorem R and Corollary R2). */
    public static final Claim R2 = declare("R2",
            "Two-layer and tied models with piecewise-linear activations: each perceptron step equals (I + eta A_t) theta on the current activation pattern (tied: A_t = M(b) of Proposition 4.1); GD with per-point step eta from gamma theta0 stays within the bound B_t of Theorem R of the perceptron from gamma theta0, and B_t / gamma decays like e^(-c gamma^2) when no margin or pre-activation along the perceptron run is zero.", Source.RECONSTRUCTED);
    /** Minimal example: the complexity separation between the linear and the tied two-layer perceptron. */
    public static final Claim M1 = declare("M1",
            "On the minimal family (b1 = (1,..,1) labelled +1, b2 = (1+mu,1,..,1) labelled -1, P swapping coordinates 1 and 2), the exact batch perceptron of the linear model from 0 needs a number of updates growing linearly in d (fitted log-log slope >= 0.9), while the exact generalized perceptron of the tied two-layer model, step 1/ceil(lambda2), from the worst-case start vmu- + eps g needs about sqrt(d) (slope <= 0.6); the O(1)-per-step reduced stepping equals the direct O(d) one.", Source.RECONSTRUCTED);
    /** The proof step of the main bound (seed 001, page 30 of the paper): the A2 step with an error term. */
    public static final Claim L2 = declare("L2",
            "On the minimal family, for theta_{t+1} = (I + gamma A2) theta_t + xi_t with 0 <= gamma <= 1/lambda2, 0 <= gamma <= 1/mu, any s > 0, and point 2 still misclassified after the step (theta_{t+1}^T A2 theta_{t+1} <= 0; the fragment cuts its hypotheses, this one is derived): ||theta_{t+1}||^2 <= (1+s)[<theta_t,v2+>^2 + <theta_t,v2->^2 + (1+gamma mu)^2 (1-gamma mu) <theta_t,vmu+>^2 + (1-gamma mu)^2 (1+2 gamma mu) <theta_t,vmu->^2 + sum_j <theta_t,v2j>^2] + (1+1/s)||xi_t||^2 + (1+s) 2 gamma lambda2 (4 ||xi_t|| ||theta_t|| + ||xi_t||^2), with unit eigenvectors of A2 and v2j spanning its kernel.", Source.FRAGMENT);
    /** The matching bound for an A1 step. */
    public static final Claim L2_A1 = declare("L2.A1",
            "The A1 step: for theta_{t+1} = (I + gamma A1) theta_t + xi_t with 0 <= gamma <= 1/lambda1 (lambda1 = sqrt(2d)), any s > 0 and point 1 still misclassified after the step (theta_{t+1}^T A1 theta_{t+1} <= 0): ||theta_{t+1}||^2 <= (1+s)[<theta_t,v1+>^2 + <theta_t,v1->^2 + <theta_t,vmu+>^2 + <theta_t,vmu->^2 + sum_j <theta_t,u_j>^2] + (1+1/s)||xi_t||^2 + (1+s) 2 gamma lambda1 (4 ||xi_t|| ||theta_t|| + ||xi_t||^2), the bracket being ||theta_t||^2 in an eigenbasis of A1 that contains vmu+- (they lie in ker A1, C3).", Source.DERIVED);
    /** The matching bound for the brake step. */
    public static final Claim L2_B = declare("L2.B",
            "The brake step: for theta_{t+1} = (I + gamma (A1 + A2)) theta_t + xi_t, A1 + A2 = M(-mu e1) with eigenvalues +-mu, each double (eigenvectors vmu+- and wmu+- = [+-1, +-1, -1, -1, 0..]/2), with 0 <= gamma <= 1/mu, any s > 0 and theta_{t+1}^T (A1 + A2) theta_{t+1} <= 0 (in particular when both points are still misclassified after the step): ||theta_{t+1}||^2 <= (1+s)[<theta_t,wmu+>^2 + <theta_t,wmu->^2 + (1+gamma mu)^2 (1-gamma mu) <theta_t,vmu+>^2 + (1-gamma mu)^2 (1+2 gamma mu) <theta_t,vmu->^2 + sum_j <theta_t,u_j>^2] + (1+1/s)||xi_t||^2 + (1+s) 2 gamma mu (4 ||xi_t|| ||theta_t|| + ||xi_t||^2).", Source.DERIVED);
    /** The weakest hypotheses of the three step bounds. */
    public static final Claim L2_H = declare("L2.H",
            "Weakest hypotheses: L2, L2.A1 and L2.B hold whenever s > 0, gamma >= 0, their misclassification condition holds and gamma Lambda <= c, with (Lambda, c) = (lambda2, (1+sqrt 5)/2), (lambda1, sqrt 3), (mu, (1+sqrt 5)/2) respectively (L2 needs no condition on gamma mu); the constants c are sharp, and dropping s > 0, gamma >= 0, the misclassification condition or the step condition admits an exact counterexample on the family.", Source.DERIVED);
    /** Stability of GD on a quadratic. */
    public static final Claim Q1 = declare("Q1",
            "GD w <- w - eta S w on (1/2) w^T S w (S symmetric, eta > 0) converges to 0 from every start iff every eigenvalue of S lies in (0, 2/eta), i.e. iff S and (2/eta) I - S are positive definite; at eta lambda_max = 2 the iterate along the top eigenvector flips sign forever.", Source.CENTRAL_FLOWS);

    private Claims() {
    }

    /** Declares a claim; IDs are unique. */
    private static Claim declare(String id, String statement, Source source) {
        Claim c = new Claim(id, statement, source);
        if (BY_ID.putIfAbsent(id, c) != null) {
            throw new IllegalStateException("duplicate claim ID " + id);
        }
        return c;
    }

    /** @return every declared claim, in ledger order */
    public static List<Claim> all() {
        return List.copyOf(Collections.unmodifiableCollection(BY_ID.values()));
    }

    /** @return the claim with this ID @throws NoSuchElementException if none */
    public static Claim byId(String id) {
        Claim c = BY_ID.get(id);
        if (c == null) {
            throw new NoSuchElementException("no claim " + id);
        }
        return c;
    }
}
