#pragma once

#include "app/edit.h"

#include <span>
#include <string>

namespace rapport::app {

// --- contact persons

/**
 * Whether a change of contact person changes who decides at the customer: a decision maker or purchasing
 * manager arrives, leaves or stops deciding. The seeds name such a change as a known cause of churn, so it
 * is recorded as an episode of its own.
 */
bool changesWhoDecides(const std::optional<core::ContactPerson>& before, const core::ContactPerson& after);

/**
 * Adds a contact person, or replaces one (a role ended with a date stays as history; the record is never
 * overwritten by its successor). When changesWhoDecides(), an episode dated `on` with `note` records it.
 */
Edit saveContactPerson(std::optional<core::ContactPerson> before, core::ContactPerson after, core::Date on,
                       const std::string& note, const std::string& owner);

/** Ends a contact person's role on a day (kept as history); see saveContactPerson for the episode. */
Edit endContactRole(const core::ContactPerson& person, core::Date endedOn, const std::string& note,
                    const std::string& owner);

// --- lost customers and win-back

/** Records that a customer was lost, when and why (a code of the churn-reason catalogue) and in what words. */
Edit recordLostCustomer(core::ChurnRecord record);
/** A win-back attempt: the episode that was the attempt, and one more attempt counted on the record. */
Edit logWinBackAttempt(const core::ChurnRecord& record, core::Episode attempt);
/** How the win-back ended: won back (the record stays, as history) or lost for good. */
Edit setWinBackOutcome(const core::ChurnRecord& record, core::WinBackOutcome outcome, const std::string& note);

// --- relationship costs (seed table 7.3, line 5)

/** Sets cost lines (customer, year, line, amount), replacing what each had: one customer's or a selection's. */
Edit setRelationshipCosts(storage::Repository& repository, std::span<const core::RelationshipCost> costs);
Edit removeRelationshipCost(const core::RelationshipCost& cost);
/**
 * Spreads an amount over customers as equal cost lines (database upkeep over a segment, say), to the minor
 * unit: the remainder goes a unit each to the first customers, so the lines add up to the amount exactly.
 */
std::vector<core::RelationshipCost> spreadCost(std::span<const core::CustomerId> customers, int year,
                                               core::CostLine line, core::Money total);

// --- partnerships

Edit addPartnership(core::Partnership partnership);
Edit changePartnership(core::Partnership before, core::Partnership after);
/** Moves a partnership to a lifecycle stage on a day; the stages before stay in its history. */
Edit movePartnershipStage(const core::Partnership& partnership, core::PartnershipStage stage, core::Date since,
                          const std::string& note);
/** Ends a partnership: rupture on that day with the reason, and the end date set. */
Edit endPartnership(const core::Partnership& partnership, core::Date endedOn, const std::string& reason);

// --- tasks, episodes and the ladder

Edit addTask(core::Task task);
Edit changeTask(core::Task before, core::Task after);
Edit addEpisode(core::Episode episode);
Edit changeEpisode(core::Episode before, core::Episode after);
Edit setLadderOverride(core::CustomerId customerId, std::optional<core::LadderOverride> before,
                       std::optional<core::LadderOverride> after);

} // namespace rapport::app
