#include "reports/customer_table.h"

#include "core/text_join.h"

namespace rapport::reports {

namespace {

template <typename T> Cell optionalCode(const std::optional<T>& value) {
    return value ? Cell(std::string(core::toCode(*value))) : Cell();
}

Cell optionalDate(const std::optional<core::Date>& date) {
    return date ? Cell(*date) : Cell();
}

} // namespace

const std::vector<Column>& customerColumns() {
    static const std::vector<Column> columns{{"rapport_id", CellType::Id},
                                             {"external_ref", CellType::Text},
                                             {"display_name", CellType::Text},
                                             {"legal_name", CellType::Text},
                                             {"kind", CellType::Text},
                                             {"market", CellType::Text},
                                             {"segment", CellType::Text},
                                             {"owner", CellType::Text},
                                             {"street", CellType::Text},
                                             {"postcode", CellType::Text},
                                             {"city", CellType::Text},
                                             {"region", CellType::Text},
                                             {"country", CellType::Text},
                                             {"emails", CellType::Text},
                                             {"phones", CellType::Text},
                                             {"acquired_on", CellType::Date},
                                             {"acquisition_channel", CellType::Text},
                                             {"acquisition_cost", CellType::Money},
                                             {"preferred_channel", CellType::Text},
                                             {"tags", CellType::Text},
                                             {"income_band", CellType::Text},
                                             {"household_size", CellType::Integer},
                                             {"consent_processing", CellType::Text},
                                             {"consent_marketing", CellType::Text},
                                             {"revenue", CellType::Money},
                                             {"margin", CellType::Money},
                                             {"purchases", CellType::Integer},
                                             {"last_contact_on", CellType::Date},
                                             {"notes", CellType::Text},
                                             {"currency", CellType::Text}};
    return columns;
}

std::vector<Cell> customerCells(const core::Customer& c, const storage::CustomerRow& totals,
                                const std::string& currency) {
    return {c.id,
            c.externalRef,
            c.displayName,
            c.legalName,
            std::string(core::toCode(c.kind)),
            std::string(core::toCode(c.market)),
            c.segment,
            c.owner,
            c.address.street,
            c.address.postcode,
            c.address.city,
            c.address.region,
            c.address.country,
            core::joined(c.emails, "; "),
            core::joined(c.phones, "; "),
            optionalDate(c.acquiredOn),
            optionalCode(c.acquisitionChannel),
            c.acquisitionCost.toDouble(),
            optionalCode(c.preferredChannel),
            core::joined(c.tags, "; "),
            optionalCode(c.incomeBand),
            c.householdSize ? Cell(std::int64_t{*c.householdSize}) : Cell(),
            std::string(c.hasConsent(core::ConsentPurpose::Processing) ? "yes" : "no"),
            std::string(c.hasConsent(core::ConsentPurpose::Marketing) ? "yes" : "no"),
            totals.revenue.toDouble(),
            totals.margin.toDouble(),
            std::int64_t{totals.purchases},
            optionalDate(totals.lastContactOn),
            c.notes,
            currency.empty() ? Cell() : Cell(currency)};
}

} // namespace rapport::reports
