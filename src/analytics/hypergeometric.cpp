#include "analytics/hypergeometric.h"

#include <cmath>

namespace rapport::analytics {

namespace {
constexpr int kMaxTerms = 100'000;
constexpr double kRelativeTolerance = 1e-15;
} // namespace

double hypergeometric2F1(double a, double b, double c, double z) {
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < kMaxTerms; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::abs(term) < kRelativeTolerance * std::abs(sum)) {
            break;
        }
    }
    return sum;
}

LogHypergeometric logHypergeometricOne(double b, double c, double z) {
    // Term k is t_k = prod_{j<k} (b+j)/(c+j) * z^k; its derivative by b is t_k * sum_{j<k} 1/(b+j), by c
    // minus the same over c, and by z it is k t_k / z. The sums run beside the terms.
    double term = 1.0;
    double sum = 1.0;
    double sumB = 0;
    double sumC = 0;
    double sumZ = 0; // sum of k t_k / z, kept without dividing so that z = 0 works
    double harmonicB = 0;
    double harmonicC = 0;
    double ratioWithoutZ = 1.0; // prod (b+j)/(c+j) * z^(k-1): t_k / z
    for (int k = 0; k < kMaxTerms; ++k) {
        const double factor = (b + k) / (c + k);
        harmonicB += 1.0 / (b + k);
        harmonicC += 1.0 / (c + k);
        ratioWithoutZ = (k == 0 ? factor : ratioWithoutZ * factor * z);
        term *= factor * z;
        sum += term;
        sumB += term * harmonicB;
        sumC -= term * harmonicC;
        sumZ += (k + 1) * ratioWithoutZ;
        if (term < kRelativeTolerance * sum) {
            break;
        }
    }
    return {std::log(sum), sumB / sum, sumC / sum, sumZ / sum};
}

} // namespace rapport::analytics
