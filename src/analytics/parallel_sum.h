#pragma once

#include <algorithm>
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

} // namespace rapport::analytics
