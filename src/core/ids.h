#pragma once

#include <cstdint>

namespace rapport::core {

// Row identities as the storage assigns them; 0 means "not stored yet".
using CustomerId = std::int64_t;
using ContactPersonId = std::int64_t;
using EpisodeId = std::int64_t;
using TaskId = std::int64_t;
using PartnershipId = std::int64_t;
using ChurnRecordId = std::int64_t;
using AssessmentId = std::int64_t;
using AnonymousSaleId = std::int64_t;
using CampaignId = std::int64_t;
using ServiceLevelId = std::int64_t;

} // namespace rapport::core
