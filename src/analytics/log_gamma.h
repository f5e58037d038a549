#pragma once

#include <math.h>

namespace rapport::analytics {

/**
 * ln|Γ(x)|, as std::lgamma gives it. std::lgamma also stores the sign of Γ(x) in the global `signgam`, a data race
 * when two fits run at once (the purchase and spend models do, and ThreadSanitizer reports it); lgamma_r hands the
 * sign back instead.
 */
inline double logGamma(double x) {
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

} // namespace rapport::analytics
