#include "analytics/memory_release.h"

#include <cstdlib> // first: the C library's headers are what define __GLIBC__, tested below

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rapport::analytics {

void releaseFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace rapport::analytics
