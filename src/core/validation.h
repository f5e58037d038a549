#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::core {

/** One thing wrong with one field: which field, and what was expected. */
struct FieldError {
    std::string field;
    std::string message;
    bool operator==(const FieldError&) const = default;
};

/** Thrown when an entity is not valid; what() lists every problem, errors() gives them one by one. */
class ValidationError : public std::runtime_error {
public:
    ValidationError(std::string_view entity, std::vector<FieldError> errors);
    [[nodiscard]] const std::vector<FieldError>& errors() const { return m_errors; }

private:
    std::vector<FieldError> m_errors;
};

/** Collects field errors while an entity is checked, so that the user sees all of them at once. */
class Validator {
public:
    void require(bool condition, std::string_view field, std::string_view message) {
        if (!condition) {
            m_errors.push_back({std::string(field), std::string(message)});
        }
    }
    void add(std::string_view field, std::string_view message) {
        m_errors.push_back({std::string(field), std::string(message)});
    }
    [[nodiscard]] const std::vector<FieldError>& errors() const { return m_errors; }
    [[nodiscard]] std::vector<FieldError> take() { return std::move(m_errors); }

private:
    std::vector<FieldError> m_errors;
};

/** Adds an error when text is too long, not UTF-8, or holds control characters (newlines only if allowed). */
void checkText(Validator& v, std::string_view field, std::string_view text, std::size_t maxLength,
               bool allowNewlines = false);
/** Adds "is required" when text is empty or blank, then the checks of checkText. */
void checkRequiredText(Validator& v, std::string_view field, std::string_view text, std::size_t maxLength);
/** Throws ValidationError(entity, errors) when errors is not empty. */
void throwIfInvalid(std::string_view entity, std::vector<FieldError> errors);

/** Checks shared by several entities. */
bool isPlausibleEmail(std::string_view email);
/** 3 to 20 digits with spaces, + - ( ) . /, optionally followed by an extension (" ext. 12", " x12"). */
bool isPlausiblePhone(std::string_view phone);
/** An e-mail address as it is matched for duplicates and re-imports: lower case (ASCII), nothing else changed. */
std::string normalizedEmail(std::string_view email);
/** Digits of a phone number only, for search and duplicate matching ("+48 (22) 555-01" -> "482255501"). */
std::string phoneDigits(std::string_view phone);
/**
 * The digits after the country code of an international number written with a separator
 * ("+48 601 234 567" -> "601234567"), so people find a number the way they dial it at home.
 * Empty when the number has no "+CC " prefix.
 */
std::string nationalPhoneDigits(std::string_view phone);
/** True for UTF-8 text that is well formed and holds no control characters except tab and newline. */
bool isCleanText(std::string_view text, bool allowNewlines);

} // namespace rapport::core
