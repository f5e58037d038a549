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

namespace {

std::string quoted(std::string_view value) {
    std::string result = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\') {
            result += '\\';
        }
        result += c;
    }
    return result + "'";
}

} // namespace

std::string connectionString(const ConnectionParameters& p) {
    std::string text = "host=" + quoted(p.host) + " port=" + std::to_string(p.port) + " dbname=" + quoted(p.database);
    if (!p.user.empty()) {
        text += " user=" + quoted(p.user);
    }
    text += " sslmode=" + quoted(p.sslMode);
    if (!p.password.empty()) {
        text += " password=" + quoted(p.password);
    }
    return text;
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
