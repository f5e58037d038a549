#pragma once

namespace rapport::analytics {

/**
 * Gauss's 2F1(a, b; c; z) for 0 <= z < 1 by its power series, summed until the terms stop mattering. Callers
 * arrange the arguments (by Euler's transformation) so that the terms shrink from the start; a large customer
 * frequency must never sit in both a and b, or the terms first grow past the range of a double.
 */
double hypergeometric2F1(double a, double b, double c, double z);

/** log 2F1(1, b; c; z) and its partial derivatives; for c > b the terms are below z^k, so no overflow. */
struct LogHypergeometric {
    double value = 0;
    double dB = 0;
    double dC = 0;
    double dZ = 0;
};

LogHypergeometric logHypergeometricOne(double b, double c, double z);

} // namespace rapport::analytics
