#pragma once

#include <string>

namespace rapport::platform {

/**
 * The locale this process formats money in, as POSIX names it ("pl_PL.UTF-8"): LC_ALL, else LC_MONETARY, else
 * LANG, the first that is set; "C" when none is. Read from the environment, as setlocale(LC_MONETARY, "")
 * would, without changing the process's locale.
 */
std::string monetaryLocaleName();

} // namespace rapport::platform
