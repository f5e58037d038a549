#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace rapport::demo {

/**
 * xoshiro256** seeded through splitmix64, with the few distributions the generator needs written out.
 * std::*_distribution output differs between standard libraries; these do not, so a seed gives the same
 * demo database on every platform.
 */
class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    /** Uniform in [0, 1). */
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /** Uniform integer in [low, high]. */
    std::int64_t between(std::int64_t low, std::int64_t high);
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double rate) { return -std::log1p(-uniform()) / rate; }
    double normal();
    /** Gamma with the given shape and scale (mean shape * scale), Marsaglia and Tsang's method. */
    double gamma(double shape, double scale);
    double beta(double a, double b);
    std::int64_t poisson(double mean);
    /** An index drawn with probability proportional to its weight. */
    std::size_t weighted(std::span<const double> weights);
    template <typename T> const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::uint64_t m_state[4];
};

/** A well-mixed seed for item `index` of a run seeded with `seed`, so every customer has its own stream. */
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t index);

} // namespace rapport::demo
