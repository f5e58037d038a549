#include "analytics/vector_state.h"

#include <cstdint>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define RAPPORT_X86_VECTOR_STATE 1
#endif

namespace rapport::analytics {

#if defined(RAPPORT_X86_VECTOR_STATE)

namespace {

bool hasAvx() {
    static const bool avx = __builtin_cpu_supports("avx") != 0;
    return avx;
}

/** XGETBV with ECX = 1 (which state components are in use) needs CPUID leaf 0xD, sub-leaf 1, EAX bit 2. */
bool hasXgetbv1() {
    static const bool supported = [] {
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        return hasAvx() && __get_cpuid_count(0xD, 1, &eax, &ebx, &ecx, &edx) != 0 && (eax & (1U << 2)) != 0;
    }();
    return supported;
}

__attribute__((target("avx"))) void zeroUpper() {
    _mm256_zeroupper();
}

} // namespace

void clearUpperVectorRegisters() {
    if (hasAvx()) {
        zeroUpper();
    }
}

bool canTellVectorRegisterState() {
    return hasXgetbv1();
}

bool upperVectorRegistersInUse() {
    if (!hasXgetbv1()) {
        return false;
    }
    std::uint32_t low = 0, high = 0;
    asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
    constexpr std::uint32_t kAvxUpperHalves = 1U << 2; // state component 2: the upper halves of YMM0-15
    return (low & kAvxUpperHalves) != 0;
}

#else

void clearUpperVectorRegisters() {
}

bool canTellVectorRegisterState() {
    return false;
}

bool upperVectorRegistersInUse() {
    return false;
}

#endif

} // namespace rapport::analytics
