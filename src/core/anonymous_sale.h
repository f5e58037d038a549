#pragma once

#include "core/channel.h"
#include "core/date.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/validation.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

/**
 * A sale without a real customer: an invoice of a shop export whose customer column holds a placeholder
 * ("(blank)", "0", "guest"). It counts in the base's revenue totals but never as a customer, so it is nobody's
 * purchase in the analyses (no frequency, recency or lifetime value comes from it).
 *
 * Revenue is signed like an episode's: a cancelled anonymous sale is stored with its negative revenue, so sums
 * are net.
 */
struct AnonymousSale {
    AnonymousSaleId id = 0;
    Date occurredOn;
    Money revenue;
    std::optional<Money> margin;
    std::string reference;    // the invoice number; empty when none
    int lineCount = 0;        // invoice lines grouped into this sale; 0 when not from a line-item file
    std::string customerText; // the placeholder as the file wrote it, e.g. "(blank)"
    Channel channel = Channel::Other;

    bool operator==(const AnonymousSale&) const = default;
};

std::vector<FieldError> validationErrors(const AnonymousSale& sale);
void validate(const AnonymousSale& sale);

} // namespace rapport::core
