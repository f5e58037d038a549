#pragma once

#include <cstddef>

namespace rapport::core::limits {

// Generous bounds that still stop a pasted document from becoming a name.
inline constexpr std::size_t kName = 200;
inline constexpr std::size_t kShortText = 100;
inline constexpr std::size_t kAddressLine = 300;
inline constexpr std::size_t kNotes = 100'000;
inline constexpr std::size_t kTag = 60;
inline constexpr std::size_t kTags = 100;
/** A document number (invoice, credit note, order) as another system wrote it. */
inline constexpr std::size_t kReference = 100;
/** A judgement's reason in a few sentences, not a report: the notes of the customer hold the long story. */
inline constexpr std::size_t kAssessmentNote = 2'000;

} // namespace rapport::core::limits
