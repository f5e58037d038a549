#pragma once

#include "analytics/patterns.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace rapport::analytics {

/**
 * Splits [0, n) into one contiguous range per core and adds up `partial(begin, end)` over them; small inputs
 * stay on the calling thread, where a thread would cost more than it saves. Partial needs operator+=. The
 * split depends only on n and the core count, so a machine gets the same sum every time.
 */
template <class Partial, class Function> Partial sumInParallel(std::size_t n, const Function& partial) {
    constexpr std::size_t kMinimumPerThread = 20'000;
    const std::size_t threads =
        std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), n / kMinimumPerThread));
    if (threads == 1) {
        return partial(std::size_t{0}, n);
    }
    const std::size_t chunk = (n + threads - 1) / threads;
    std::vector<std::future<Partial>> others;
    for (std::size_t t = 1; t < threads; ++t) {
        others.push_back(std::async(std::launch::async, [&partial, t, chunk, n] {
            return partial(std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
        }));
    }
    Partial total = partial(std::size_t{0}, std::min(n, chunk));
    for (auto& other : others) {
        total += other.get();
    }
    return total;
}

/** A log-likelihood and its gradient, summed over parts of the data. */
template <std::size_t N> struct LikelihoodSum {
    double value = 0;
    std::array<double, N> gradient{};
    LikelihoodSum& operator+=(const LikelihoodSum& other) {
        value += other.value;
        for (std::size_t i = 0; i < N; ++i) {
            gradient[i] += other.gradient[i];
        }
        return *this;
    }
};

/**
 * A purchase model's total log-likelihood: the weighted sum of one term per pattern, on every core, with the
 * gradient by the parameters carried to the log-parameters (d/d log p = p d/dp). `makeTerm()` gives each
 * thread its own term function, so per-thread caches need no locks: term(pattern, gradient or nullptr).
 */
template <class MakeTerm>
double sumOverPatterns(const std::vector<RfmPattern>& patterns, const std::array<double, 4>& parameters,
                       std::array<double, 4>* gradientInLogs, const MakeTerm& makeTerm) {
    const bool withGradient = gradientInLogs != nullptr;
    const auto sum = sumInParallel<LikelihoodSum<4>>(patterns.size(), [&](std::size_t begin, std::size_t end) {
        LikelihoodSum<4> part;
        auto term = makeTerm();
        std::array<double, 4> g{};
        for (std::size_t k = begin; k < end; ++k) {
            const auto& pattern = patterns[k];
            part.value += pattern.weight * term(pattern, withGradient ? &g : nullptr);
            if (withGradient) {
                for (std::size_t i = 0; i < 4; ++i) {
                    part.gradient[i] += pattern.weight * g[i];
                }
            }
        }
        return part;
    });
    if (withGradient) {
        for (std::size_t i = 0; i < 4; ++i) {
            (*gradientInLogs)[i] = sum.gradient[i] * parameters[i];
        }
    }
    return sum.value;
}

} // namespace rapport::analytics
