#pragma once

#include "storage/repository.h"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::io {

/** What makes customers probable duplicates. */
enum class DuplicateEvidence { SameEmail, SamePhone, SameName, SimilarNames };

/** Customers that are probably one and the same, and why we think so. */
struct DuplicateCandidate {
    std::vector<core::CustomerId> customers; // ascending; the first is the natural one to keep
    std::string reason;                      // "same e-mail jan@example.com", "similar names: ..." (English)
    DuplicateEvidence evidence = DuplicateEvidence::SameName;
    std::vector<std::string> shared; // the e-mail, the phone digits, the name, or the two similar names
};

struct DuplicateOptions {
    int limit = 200;          // at most this many candidates
    bool similarNames = true; // also compare names (one pass over all customers)
};

/**
 * A name reduced to what tells people apart: lower case, Latin diacritics removed (ł -> l, å -> a),
 * punctuation dropped and the words sorted, so "Kowalski, Jan", "jan KOWALSKI" and "Jan Kowalski" agree.
 */
std::string nameKey(std::string_view name);

/** Edit distance (insertions, deletions, substitutions) between two byte strings, stopping past `limit`. */
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit);

/**
 * Finds candidates: customers sharing an e-mail or phone (from the index, any base size), then customers whose
 * name keys are equal or one edit apart (neighbours in sorted order, keys of at least 8 characters), read in
 * one pass. Pairs already found by contact are not repeated.
 */
std::vector<DuplicateCandidate> findDuplicates(storage::Repository& repository, const DuplicateOptions& options = {});

} // namespace rapport::io
