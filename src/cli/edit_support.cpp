#include "cli/edit_support.h"

#include "core/validation.h"
#include "storage/errors.h"

#include <ostream>

namespace rapport::cli {

CLI::Validator dateValidator() {
    return CLI::Validator(isoDateValidator, "YYYY-MM-DD");
}

CLI::Validator amountValidator() {
    return CLI::Validator(
        [](const std::string& text) -> std::string {
            const auto amount = core::Money::parseDecimal(text);
            if (amount && amount->minor() >= 0 && text.front() != '+') {
                return {};
            }
            return "expected a decimal amount like 12.50 (a point, at most two decimals, not negative), got '" + text +
                   "'";
        },
        "AMOUNT");
}

core::Date dateOf(const std::string& text) {
    return core::Date::parseIso(text).value();
}

core::Money amountOf(const std::string& text) {
    return core::Money::parseDecimal(text).value();
}

std::vector<core::ContactPoint> contactPoints(const std::vector<std::string>& values,
                                              const std::vector<core::ContactPoint>& had) {
    std::vector<core::ContactPoint> list;
    for (const auto& value : values) {
        if (value.empty()) {
            continue;
        }
        core::ContactPoint point{value, ""};
        for (const auto& old : had) {
            if (old.value == value) {
                point.label = old.label;
            }
        }
        list.push_back(std::move(point));
    }
    return list;
}

void refuse(CliContext& context, const std::string& message, int exitCode) {
    *context.err << "rapport-cli: " << message << "\nNothing was changed.\n";
    context.exitCode = exitCode;
}

bool customerToRead(CliContext& context, storage::Repository& repository, core::CustomerId id) {
    if (repository.customer(id)) {
        return true;
    }
    *context.err << "rapport-cli: no customer with id " << id << " in " << repository.location() << '\n';
    context.exitCode = kProblemFound;
    return false;
}

std::optional<core::Customer> findCustomer(CliContext& context, storage::Repository& repository, core::CustomerId id) {
    auto customer = repository.customer(id);
    if (!customer) {
        refuse(context, "no customer with id " + std::to_string(id) + " in " + repository.location(), kProblemFound);
    }
    return customer;
}

std::string optionOfField(const FieldOptions& fields, const std::string& field) {
    const auto lookup = [&fields](std::string_view name) -> std::optional<std::string> {
        for (const auto& [candidate, option] : fields) {
            if (candidate == name) {
                return std::string(option);
            }
        }
        return std::nullopt;
    };
    // "stage_history[2].note" is looked up as itself, as "stage_history[].note", then as "stage_history".
    std::string unindexed;
    for (std::size_t i = 0; i < field.size(); ++i) {
        unindexed += field[i];
        if (field[i] == '[') {
            while (i + 1 < field.size() && field[i + 1] != ']') {
                ++i;
            }
        }
    }
    for (const std::string_view name :
         {std::string_view(field), std::string_view(unindexed), std::string_view(field).substr(0, field.find('['))}) {
        if (auto option = lookup(name)) {
            return *option;
        }
    }
    return field;
}

std::optional<app::Edit> applyEdit(CliContext& context, storage::Repository& repository, const FieldOptions& fields,
                                   const std::function<app::Edit()>& build) {
    try {
        auto edit = build();
        edit.apply(repository);
        return edit;
    } catch (const core::ValidationError& e) {
        for (const auto& error : e.errors()) {
            *context.err << "rapport-cli: " << optionOfField(fields, error.field) << ": " << error.message << '\n';
        }
        *context.err << "Nothing was changed.\n";
        context.exitCode = kFailure;
    } catch (const app::RefusedError& e) {
        refuse(context, e.what());
    } catch (const storage::ConflictError& e) {
        refuse(context, std::string(e.what()) + "; run the command again to edit what is stored now");
    } catch (const storage::NotFoundError& e) {
        refuse(context, e.what(), kProblemFound);
    } catch (const storage::ConstraintError& e) {
        refuse(context, e.what()); // a duplicate external reference, say
    }
    return std::nullopt;
}

} // namespace rapport::cli
