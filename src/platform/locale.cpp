#include "platform/locale.h"

#include <cstdlib>

namespace rapport::platform {

std::string monetaryLocaleName() {
    for (const char* name : {"LC_ALL", "LC_MONETARY", "LANG"}) {
        if (const char* value = std::getenv(name); value != nullptr && value[0] != '\0') {
            return value;
        }
    }
    return "C";
}

} // namespace rapport::platform
