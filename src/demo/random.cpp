#include "demo/random.h"

#include <numbers>

namespace rapport::demo {

namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t state = seed ^ (index * 0xd1b54a32d192ed03ULL);
    return splitmix64(state);
}

Random::Random(std::uint64_t seed) {
    for (auto& word : m_state) {
        word = splitmix64(seed);
    }
}

std::uint64_t Random::next() {
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::int64_t Random::between(std::int64_t low, std::int64_t high) {
    if (high <= low) {
        return low;
    }
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(next() % span);
}

double Random::normal() {
    // Box-Muller; one of the pair is dropped to keep the generator stateless between calls.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Random::gamma(double shape, double scale) {
    if (shape < 1.0) {
        // Boost a shape below one: Gamma(a) = Gamma(a + 1) * U^(1/a).
        return gamma(shape + 1.0, scale) * std::pow(1.0 - uniform(), 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    while (true) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - uniform();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) {
            return d * v * scale;
        }
    }
}

double Random::beta(double a, double b) {
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x / (x + y);
}

std::int64_t Random::poisson(double mean) {
    if (mean <= 0) {
        return 0;
    }
    if (mean > 30) {
        return std::max<std::int64_t>(0, std::llround(mean + std::sqrt(mean) * normal()));
    }
    const double limit = std::exp(-mean);
    std::int64_t k = 0;
    double product = uniform();
    while (product > limit) {
        ++k;
        product *= uniform();
    }
    return k;
}

std::size_t Random::weighted(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) {
        total += w;
    }
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0) {
            return i;
        }
    }
    return weights.size() - 1;
}

} // namespace rapport::demo
