#pragma once

#include "analytics/bgnbd.h"
#include "analytics/customer_profile.h"

#include <vector>

namespace rapport::analytics {

/**
 * P(X(t) = x): the chance that a customer of the BG/NBD model makes exactly x repeat purchases in t units
 * (Fader, Hardie and Lee 2005, equation 8), in log space so that large x does not overflow.
 */
double bgnbdProbabilityOfPurchases(const BgNbdParameters& p, double t, int x);

/** One bar pair of the fit check: customers with x repeat purchases, seen and as the model expects. */
struct RepeatPurchaseBin {
    int repeatPurchases = 0; // the last bin holds this many or more
    std::int64_t actual = 0;
    double expected = 0;
};

/**
 * How well the fitted model reproduces the data it was fitted on: for every buyer, the model's
 * distribution of repeat purchases over their own time since the first purchase, summed, beside the
 * counts seen. `bins` - 1 single values and one "or more" bin. Time in months, as analyseBase fits.
 */
std::vector<RepeatPurchaseBin> repeatPurchaseCheck(const std::vector<CustomerProfile>& profiles,
                                                   const BgNbdParameters& p, core::Date until, int bins = 8);

} // namespace rapport::analytics
