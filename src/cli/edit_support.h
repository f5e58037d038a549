#pragma once

// What the commands that edit (customer add, contact end, cost add, ...) share: option values read with messages
// that name the option, the rows they name looked up with a message when missing, and one place where an app::Edit
// is applied and its errors become messages and exit codes. Every edit goes through its use case in src/app.

#include "app/edit.h"
#include "cli/cli_context.h"
#include "core/contact_point.h"
#include "core/date.h"
#include "core/enum_names.h"
#include "core/money.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::cli {

// --- option values (CLI11 puts the option's name before each message: "--amount: expected ...")

/** YYYY-MM-DD. */
CLI::Validator dateValidator();
/** Decimal text with a point and at most two decimals, not negative: "12", "12.50". */
CLI::Validator amountValidator();
/** One of an enum's codes (core::EnumNames), or '' when allowed; `what` names the kind of value for the message. */
template <typename Enum> CLI::Validator codeValidator(const std::string& what, bool allowEmpty = false) {
    return CLI::Validator(
        [what, allowEmpty](const std::string& text) -> std::string {
            if (core::fromCode<Enum>(text) || (allowEmpty && text.empty())) {
                return {};
            }
            return "'" + text + "' is not " + what + "; expected one of " + core::allCodes<Enum>();
        },
        "CODE");
}

/** Values that passed the validators above. */
core::Date dateOf(const std::string& text);
core::Money amountOf(const std::string& text);
template <typename Enum> Enum codeOf(const std::string& text) {
    return *core::fromCode<Enum>(text);
}

/** E-mails or phones as given, in order, without blanks ("" clears a list); a value that was there keeps its label. */
std::vector<core::ContactPoint> contactPoints(const std::vector<std::string>& values,
                                              const std::vector<core::ContactPoint>& had);

/** Whether an option was given on the command line (so that an edit changes only what was given). */
inline bool given(const CLI::Option* option) {
    return option != nullptr && option->count() > 0;
}

// --- messages and the rows commands name

/** Prints "rapport-cli: <message>" and "Nothing was changed." to stderr and sets the exit code. */
void refuse(CliContext& context, const std::string& message, int exitCode = kFailure);

/** Whether a customer a read names exists; when not, says so (exit code 1). */
bool customerToRead(CliContext& context, storage::Repository& repository, core::CustomerId id);

/** The customer an edit names, or nullopt after saying there is none and nothing was changed (exit code 1). */
std::optional<core::Customer> findCustomer(CliContext& context, storage::Repository& repository, core::CustomerId id);

// --- applying an edit

/** Which option or argument each field of a core::ValidationError came from: {"display_name", "--name"}, ... */
using FieldOptions = std::vector<std::pair<std::string_view, std::string_view>>;

/** "emails[1].label" -> the option of "emails[1].label", else of "emails[].label", else of "emails", else the field. */
std::string optionOfField(const FieldOptions& fields, const std::string& field);

/**
 * Builds an edit with its use case and applies it once (one transaction). The use case's errors become messages
 * on stderr and exit codes, here for every editing command: a field that is not valid names its option (exit 2),
 * a refusal by the rules (app::RefusedError) and a row someone changed meanwhile (storage::ConflictError) say so
 * (exit 2), as does a rule of the database (storage::ConstraintError), and a row that is gone says which (exit 1).
 * Nothing was changed in any of those cases. Returns the applied edit, whose added rows have their ids.
 */
std::optional<app::Edit> applyEdit(CliContext& context, storage::Repository& repository, const FieldOptions& fields,
                                   const std::function<app::Edit()>& build);

/** customer add, edit and delete, beside customer ID and customer show ID. */
void addCustomerEditCommands(CLI::App& customer, CliContext& context);

} // namespace rapport::cli
