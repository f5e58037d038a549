#include "storage/connection_string.h"

#include <array>
#include <regex>

namespace rapport::storage {

bool isConnectionString(std::string_view location) {
    if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
        return true;
    }
    // A file name may contain '=', but not one of libpq's keywords followed by '=' at the start of a word.
    static constexpr std::array kKeywords{"host=", "hostaddr=", "dbname=", "service=", "user=", "port="};
    for (const auto* keyword : kKeywords) {
        const auto at = location.find(keyword);
        if (at != std::string_view::npos && (at == 0 || location[at - 1] == ' ')) {
            return true;
        }
    }
    return false;
}

std::string withoutPassword(std::string_view connectionString) {
    std::string text(connectionString);
    // URI: scheme://user:password@host  ->  scheme://user:***@host
    static const std::regex uriPassword(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
    text = std::regex_replace(text, uriPassword, "$1:***@");
    // URI query or key=value form: password=...
    static const std::regex keyPassword(R"((^|[ ?&])password=('(?:[^'\\]|\\.)*'|[^ &]*))");
    return std::regex_replace(text, keyPassword, "$1password=***");
}

} // namespace rapport::storage
