/*
 * FLINT/Arb anchor of bench/compare: exact integer characteristic polynomial (fmpz_mat_charpoly)
 * and isolation of all its roots (arb_fmpz_poly_complex_roots on the square-free part; the real
 * roots come first, with imaginary part exactly zero), the same two steps python-flint runs for
 * fmpz_mat.charpoly() and fmpz_poly.complex_roots().
 *
 * Usage: charpoly_roots M.csv [prec_bits]   (M: comma-separated integers, one row per line)
 * Prints one JSON object: the times of both steps, the number of real roots, and the coefficients
 * (lowest first) so the harness can compare them with percept's and SymPy's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <flint/fmpz.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpz_poly.h>
#include <arb_fmpz_poly.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s M.csv [prec_bits]\n", argv[0]);
        return 2;
    }
    slong prec = argc > 2 ? atol(argv[2]) : 64;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    /* first pass: count entries of the first row to get n */
    size_t cap = 1 << 20, len = 0;
    char *buf = malloc(cap);
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (len + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); }
        buf[len++] = (char) c;
    }
    buf[len] = 0;
    fclose(f);
    slong n = 1;
    for (char *p = buf; *p && *p != '\n'; p++) if (*p == ',') n++;
    fmpz_mat_t m;
    fmpz_mat_init(m, n, n);
    char *p = buf;
    for (slong i = 0; i < n; i++) {
        for (slong j = 0; j < n; j++) {
            char *end;
            long v = strtol(p, &end, 10);
            if (end == p) { fprintf(stderr, "%s: bad entry at row %ld col %ld\n", argv[1], (long) i + 1, (long) j + 1); return 2; }
            fmpz_set_si(fmpz_mat_entry(m, i, j), v);
            p = end;
            while (*p == ',' || *p == '\n' || *p == '\r' || *p == ' ') p++;
        }
    }
    fmpz_poly_t cp, g, dcp, sqf, rem;
    fmpz_poly_init(cp); fmpz_poly_init(g); fmpz_poly_init(dcp); fmpz_poly_init(sqf); fmpz_poly_init(rem);

    double t0 = now();
    fmpz_mat_charpoly(cp, m);
    double t1 = now();
    /* square-free part: cp / gcd(cp, cp') (complex_roots requires a square-free input) */
    fmpz_poly_derivative(dcp, cp);
    fmpz_poly_gcd(g, cp, dcp);
    fmpz_poly_divrem(sqf, rem, cp, g);
    slong deg = fmpz_poly_degree(sqf);
    acb_ptr roots = _acb_vec_init(deg);
    arb_fmpz_poly_complex_roots(roots, sqf, 0, prec);
    double t2 = now();
    slong real = 0;
    for (slong k = 0; k < deg; k++) if (arb_is_zero(acb_imagref(roots + k))) real++;

    printf("{\"n\":%ld,\"charpoly_s\":%.9f,\"roots_s\":%.9f,\"squarefree_degree\":%ld,\"real_roots\":%ld,\"prec\":%ld,",
           (long) n, t1 - t0, t2 - t1, (long) deg, (long) real, (long) prec);
    printf("\"largest_root\":\"");
    if (real > 0) arb_printn(acb_realref(roots + real - 1), 20, ARB_STR_NO_RADIUS);
    printf("\",\"coefficients\":[");
    for (slong k = 0; k <= fmpz_poly_degree(cp); k++) {
        printf(k ? ",\"" : "\"");
        fmpz_print(fmpz_poly_get_coeff_ptr(cp, k));
        printf("\"");
    }
    printf("]}\n");
    _acb_vec_clear(roots, deg);
    fmpz_poly_clear(cp); fmpz_poly_clear(g); fmpz_poly_clear(dcp); fmpz_poly_clear(sqf); fmpz_poly_clear(rem);
    fmpz_mat_clear(m);
    free(buf);
    flint_cleanup();
    return 0;
}
