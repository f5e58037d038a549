#include "io/duplicates.h"

#include "io/value_parsers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <utility>

namespace rapport::io {

namespace {

/** Two-byte UTF-8 Latin letters with diacritics and the plain letter they fold to (lower case input). */
constexpr std::array<std::pair<std::string_view, char>, 30> kLatinFolds{{
    {"ą", 'a'}, {"ć", 'c'}, {"ę", 'e'}, {"ł", 'l'}, {"ń", 'n'}, {"ó", 'o'}, {"ś", 's'}, {"ź", 'z'},
    {"ż", 'z'}, {"å", 'a'}, {"ä", 'a'}, {"ö", 'o'}, {"ü", 'u'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'},
    {"á", 'a'}, {"à", 'a'}, {"í", 'i'}, {"ú", 'u'}, {"ñ", 'n'}, {"ç", 'c'}, {"ø", 'o'}, {"æ", 'a'},
    {"ß", 's'}, {"č", 'c'}, {"š", 's'}, {"ž", 'z'}, {"ř", 'r'}, {"ý", 'y'},
}};

} // namespace

std::string nameKey(std::string_view name) {
    const std::string lower = foldCase(name);
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < lower.size();) {
        const auto c = static_cast<unsigned char>(lower[i]);
        bool folded = false;
        for (const auto& [letter, plain] : kLatinFolds) {
            if (lower.compare(i, letter.size(), letter) == 0) {
                words.back() += plain;
                i += letter.size();
                folded = true;
                break;
            }
        }
        if (folded) {
            continue;
        }
        if (c < 0x80 && !std::isalnum(c)) { // spaces, commas, dots, hyphens, apostrophes end a word
            if (!words.back().empty()) {
                words.emplace_back();
            }
        } else {
            words.back() += lower[i];
        }
        ++i;
    }
    if (words.back().empty()) {
        words.pop_back();
    }
    std::sort(words.begin(), words.end());
    std::string key;
    for (const auto& word : words) {
        key += (key.empty() ? "" : " ") + word;
    }
    return key;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) {
        return limit + 1;
    }
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t rowMinimum = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::vector<DuplicateCandidate> findDuplicates(storage::Repository& repository, const DuplicateOptions& options) {
    std::vector<DuplicateCandidate> result;
    std::set<std::pair<core::CustomerId, core::CustomerId>> seen;
    const auto remember = [&](const std::vector<core::CustomerId>& ids) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            for (std::size_t j = i + 1; j < ids.size(); ++j) {
                seen.emplace(ids[i], ids[j]);
            }
        }
    };
    for (auto& shared : repository.sharedContacts(options.limit)) {
        remember(shared.customers);
        const bool email = shared.kind == "email";
        result.push_back({std::move(shared.customers),
                          (email ? "same e-mail " : "same phone ") + shared.normalized,
                          email ? DuplicateEvidence::SameEmail : DuplicateEvidence::SamePhone,
                          {shared.normalized}});
    }
    if (!options.similarNames || static_cast<int>(result.size()) >= options.limit) {
        result.resize(std::min(result.size(), static_cast<std::size_t>(options.limit)));
        return result;
    }

    struct Named {
        std::string key;
        core::CustomerId id;
        std::string name;
    };
    std::vector<Named> names;
    repository.scanCustomerFacts([&](std::span<const storage::CustomerFact> batch) {
        for (const auto& fact : batch) {
            auto key = nameKey(fact.displayName);
            if (!key.empty()) {
                names.push_back({std::move(key), fact.id, fact.displayName});
            }
        }
        return true;
    });
    std::sort(names.begin(), names.end(),
              [](const Named& a, const Named& b) { return std::tie(a.key, a.id) < std::tie(b.key, b.id); });
    for (std::size_t i = 0; i + 1 < names.size() && static_cast<int>(result.size()) < options.limit;) {
        // A run of equal keys is one candidate; otherwise a neighbour one edit away is.
        std::size_t end = i + 1;
        while (end < names.size() && names[end].key == names[i].key) {
            ++end;
        }
        std::vector<core::CustomerId> ids;
        std::string reason;
        DuplicateEvidence evidence = DuplicateEvidence::SameName;
        std::vector<std::string> shared;
        if (end - i > 1) {
            for (std::size_t k = i; k < end; ++k) {
                ids.push_back(names[k].id);
            }
            reason = "same name: " + names[i].name;
            shared = {names[i].name};
        } else if (names[i].key.size() >= 8 && editDistance(names[i].key, names[i + 1].key, 1) <= 1) {
            ids = {names[i].id, names[i + 1].id};
            reason = "similar names: " + names[i].name + " / " + names[i + 1].name;
            evidence = DuplicateEvidence::SimilarNames;
            shared = {names[i].name, names[i + 1].name};
        }
        if (!ids.empty()) {
            std::sort(ids.begin(), ids.end());
            const bool known = ids.size() == 2 && seen.contains({ids[0], ids[1]});
            if (!known) {
                remember(ids);
                result.push_back({std::move(ids), std::move(reason), evidence, std::move(shared)});
            }
        }
        i = end;
    }
    return result;
}

} // namespace rapport::io
