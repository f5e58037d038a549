#pragma once

#include "core/assessment.h"
#include "core/campaign.h"
#include "core/channel.h"
#include "core/churn.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"

#include <QString>

#include <span>
#include <string_view>

namespace rapport::i18n {

/**
 * The domain's words for the stored codes of the core's enums, in the running language: term(LadderStage::Client)
 * is "Client", "Klient", "Клиент"... The translations follow the glossaries in docs/ (glossary-pl.md ...), which
 * follow the seeds' own wording. A code unknown to this table reads as its words ("new_code" -> "New code").
 */
QString term(core::PartnerDirection value);
QString term(core::PartnershipForm value);
QString term(core::PartnershipStage value);
QString term(core::Bond value);
QString term(core::CostLine value);
QString term(core::ChurnStatus value);
QString term(core::WinBackOutcome value);
QString term(core::CustomerKind value);
QString term(core::Market value);
QString term(core::IncomeBand value);
QString term(core::ConsentPurpose value);
QString term(core::AssessmentComponent value);
QString term(core::EpisodeKind value);
QString term(core::LadderStage value);
QString term(core::Channel value);
QString term(core::OfferKind value);
QString term(core::Stratification value);
/** A churn reason by its stored code (core::defaultChurnReasons); a reason added by a user keeps its own label. */
QString churnReasonTerm(std::string_view code, std::string_view storedLabel);

/** "point_of_sale" -> "Point of sale", for codes with no translation yet. */
QString humanizeCode(std::string_view code);

} // namespace rapport::i18n
