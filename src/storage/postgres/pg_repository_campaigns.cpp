// PgRepository: campaigns and loyalty offers, their members and what the members bought in the window. Row-level
// security decides which members a manager sees, so they target and measure their own customers.
#include "storage/errors.h"
#include "storage/postgres/pg_customer_paging.h"
#include "storage/postgres/pg_repository.h"
#include "storage/postgres/pg_values.h"

namespace rapport::storage::postgres {

namespace {

constexpr const char* kCampaignColumns =
    "id, name, goal, offer, offer_text, channel, control_percent, stratification, seed, window_days, "
    "cost_per_contact, exclude_contacted_days, target, created_by, launched_on";

core::Campaign readCampaign(const pqxx::row& r) {
    core::Campaign c;
    c.id = int64(r[0]);
    c.name = text(r[1]);
    c.goal = text(r[2]);
    c.offer = enumField<core::OfferKind>(r[3], "campaign.offer");
    c.offerText = text(r[4]);
    c.channel = enumField<core::Channel>(r[5], "campaign.channel");
    c.controlPercent = int32(r[6]);
    c.stratification = enumField<core::Stratification>(r[7], "campaign.stratification");
    c.seed = static_cast<std::uint64_t>(int64(r[8]));
    c.responseWindowDays = int32(r[9]);
    c.costPerContact = core::Money::fromMinor(int64(r[10]));
    c.excludeContactedDays = int32(r[11]);
    c.targetDescription = text(r[12]);
    c.createdBy = text(r[13]);
    c.launchedOn = optionalDate(r[14]);
    return c;
}

/** A PostgreSQL array literal of whole numbers, "{1,2,3}": bound as one text parameter. */
template <typename Number> std::string arrayLiteral(const std::vector<Number>& values) {
    std::string literal = "{";
    for (const auto value : values) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += std::to_string(value);
    }
    return literal + "}";
}

} // namespace

core::CampaignId PgRepository::addCampaign(const core::Campaign& c) {
    core::validate(c);
    return m_session.write([&](pqxx::work& work) {
        return int64(work.exec_params(
            std::string("INSERT INTO campaign (") + kCampaignColumns +
                ") VALUES (coalesce($1, nextval(pg_get_serial_sequence('rapport.campaign', 'id'))), $2, $3, $4, $5, "
                "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            optionalId(c.id), c.name, c.goal, code(c.offer), c.offerText, code(c.channel), c.controlPercent,
            code(c.stratification), static_cast<std::int64_t>(c.seed), c.responseWindowDays, c.costPerContact.minor(),
            c.excludeContactedDays, c.targetDescription, c.createdBy, optionalDays(c.launchedOn))[0][0]);
    });
}

void PgRepository::updateCampaign(const core::Campaign& c) {
    core::validate(c);
    m_session.write([&](pqxx::work& work) {
        const auto changed =
            work.exec_params("UPDATE campaign SET name = $2, goal = $3, offer = $4, offer_text = $5, channel = $6, "
                             "control_percent = $7, stratification = $8, seed = $9, window_days = $10, "
                             "cost_per_contact = $11, exclude_contacted_days = $12, target = $13, created_by = $14, "
                             "launched_on = $15 WHERE id = $1",
                             c.id, c.name, c.goal, code(c.offer), c.offerText, code(c.channel), c.controlPercent,
                             code(c.stratification), static_cast<std::int64_t>(c.seed), c.responseWindowDays,
                             c.costPerContact.minor(), c.excludeContactedDays, c.targetDescription, c.createdBy,
                             optionalDays(c.launchedOn))
                .affected_rows();
        requireFound(changed > 0, "campaign", c.id);
    });
}

void PgRepository::removeCampaign(core::CampaignId id) {
    m_session.write([&](pqxx::work& work) {
        requireFound(work.exec_params("DELETE FROM campaign WHERE id = $1", id).affected_rows() > 0, "campaign", id);
    });
}

std::optional<core::Campaign> PgRepository::campaign(core::CampaignId id) {
    return m_session.read([&](auto& work) -> std::optional<core::Campaign> {
        const auto rows = work.exec_params(
            std::string("SELECT ") + kCampaignColumns + " FROM campaign WHERE id = $1" + m_session.lockForWrite(), id);
        if (rows.empty()) {
            return std::nullopt;
        }
        return readCampaign(rows[0]);
    });
}

std::vector<CampaignSummary> PgRepository::campaigns() {
    return m_session.read([&](auto& work) {
        std::vector<CampaignSummary> result;
        for (const auto& r : work.exec(
                 std::string("SELECT ") + kCampaignColumns +
                 ", (SELECT count(*) FROM campaign_member m WHERE m.campaign_id = campaign.id AND NOT m.control), "
                 "(SELECT count(*) FROM campaign_member m WHERE m.campaign_id = campaign.id AND m.control) "
                 "FROM campaign ORDER BY launched_on IS NOT NULL, launched_on DESC, id DESC")) {
            result.push_back({readCampaign(r), int64(r[15]), int64(r[16])});
        }
        return result;
    });
}

void PgRepository::scanCampaignCandidates(const CustomerFilter& filter,
                                          const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) {
    m_session.read([&](auto& work) {
        postgres::scanCampaignCandidates(work, filter, sink);
        return 0;
    });
}

void PgRepository::storeCampaignMembers(core::CampaignId id, std::span<const core::CampaignMember> members) {
    m_session.write([&](pqxx::work& work) {
        // Sent as arrays, a few thousand rows a statement: one round trip per batch, not per member.
        constexpr std::size_t kBatch = 5'000;
        for (std::size_t start = 0; start < members.size(); start += kBatch) {
            const auto end = std::min(members.size(), start + kBatch);
            std::vector<std::int64_t> customers;
            std::vector<int> controls;
            std::vector<int> strata;
            for (auto i = start; i < end; ++i) {
                customers.push_back(members[i].customerId);
                controls.push_back(members[i].control ? 1 : 0);
                strata.push_back(members[i].stratum);
            }
            work.exec_params(
                "INSERT INTO campaign_member (campaign_id, customer_id, control, stratum) "
                "SELECT $1, u.customer, u.control <> 0, u.stratum FROM unnest($2::bigint[], $3::integer[], "
                "$4::integer[]) AS u (customer, control, stratum)",
                id, arrayLiteral(customers), arrayLiteral(controls), arrayLiteral(strata));
        }
        return 0;
    });
}

std::vector<core::CampaignMember> PgRepository::campaignMembers(core::CampaignId id) {
    return m_session.read([&](auto& work) {
        std::vector<core::CampaignMember> result;
        for (const auto& r : work.exec_params("SELECT customer_id, control, stratum FROM campaign_member "
                                              "WHERE campaign_id = $1 ORDER BY customer_id",
                                              id)) {
            result.push_back({int64(r[0]), boolean(r[1]), int32(r[2])});
        }
        return result;
    });
}

std::vector<CampaignMemberOutcome> PgRepository::campaignOutcomes(core::CampaignId id, core::Date from, core::Date to) {
    return m_session.read([&](auto& work) {
        std::vector<CampaignMemberOutcome> result;
        for (const auto& r : work.exec_params(
                 "SELECT m.customer_id, m.control, m.stratum, "
                 "count(e.customer_id) FILTER (WHERE e.kind = 'purchase'), coalesce(sum(e.revenue), 0), "
                 "coalesce(sum(e.margin), 0) FROM campaign_member m LEFT JOIN episode e ON e.customer_id = "
                 "m.customer_id AND e.kind IN ('purchase', 'return') AND e.occurred_on BETWEEN $2 AND $3 "
                 "WHERE m.campaign_id = $1 GROUP BY m.customer_id, m.control, m.stratum ORDER BY m.customer_id",
                 id, from.days(), to.days())) {
            result.push_back({int64(r[0]), boolean(r[1]), int32(r[2]), int64(r[3]), int64(r[4]), int64(r[5])});
        }
        return result;
    });
}

std::vector<CampaignContact> PgRepository::campaignContacts(core::CampaignId id) {
    return m_session.read([&](auto& work) {
        std::vector<CampaignContact> result;
        for (const auto& r : work.exec_params(
                 "SELECT c.id, c.display_name, c.owner, "
                 "coalesce((SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS "
                 "NULL AND p.kind = 'email' ORDER BY p.position LIMIT 1), ''), "
                 "coalesce((SELECT value FROM contact_point p WHERE p.customer_id = c.id AND p.contact_person_id IS "
                 "NULL AND p.kind = 'phone' ORDER BY p.position LIMIT 1), '') "
                 "FROM campaign_member m JOIN customer c ON c.id = m.customer_id "
                 "WHERE m.campaign_id = $1 AND NOT m.control AND coalesce((SELECT k.given FROM consent k "
                 "WHERE k.customer_id = c.id AND k.purpose = 'marketing' ORDER BY k.recorded_on DESC, k.id DESC "
                 "LIMIT 1), false) ORDER BY c.id",
                 id)) {
            result.push_back({int64(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4])});
        }
        return result;
    });
}

} // namespace rapport::storage::postgres
