#pragma once

#include "reports/report_context.h"
#include "storage/repository.h"

#include <stdexcept>

namespace rapport::reports {

struct NoSuchCustomer : std::runtime_error {
    explicit NoSuchCustomer(core::CustomerId id)
        : std::runtime_error("no customer #" + std::to_string(id)) {}
};

/**
 * One customer as the seed describes the individual profile: who they are and how to reach them (for
 * organisations, the decision makers), their purchases over time, interests and preferences, where they stand
 * on the ladder, in the four groups and in churn, their value (table 7.3 and predicted), the episodes by
 * kind and the latest of them. Throws NoSuchCustomer.
 */
Report customerProfileReport(storage::Repository& repository, const analytics::BaseAnalysis& analysis,
                             core::CustomerId id, const ReportContext& context);

} // namespace rapport::reports
