#pragma once

#include "core/contact_point.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

/** The values joined with a separator ("a; b; c"), for one cell or one line. */
std::string joined(const std::vector<std::string>& values, std::string_view separator);
std::string joined(const std::vector<ContactPoint>& points, std::string_view separator);

} // namespace rapport::core
