#include "core/episode.h"

#include "core/text_limits.h"

namespace rapport::core {

std::vector<FieldError> validationErrors(const Episode& e) {
    Validator v;
    v.require(e.customerId > 0, "customer_id", "must name the customer");
    if (e.contactPersonId) {
        v.require(*e.contactPersonId > 0, "contact_person_id", "must name a stored contact person");
    }
    if (e.kind == EpisodeKind::Purchase) {
        if (!e.revenue) {
            v.add("revenue", "is required for a purchase");
        } else if (e.revenue->minor() < 0) {
            v.add("revenue", "must not be negative for a purchase (record refunds as a return)");
        }
    } else if (e.kind == EpisodeKind::Return) {
        if (!e.revenue) {
            v.add("revenue", "is required for a return (the refunded amount, as a negative number)");
        } else if (e.revenue->minor() > 0) {
            v.add("revenue", "must be zero or negative for a return: it is money given back");
        }
    } else {
        // Messages are built only on failure: bulk loads validate millions of episodes.
        if (e.revenue) {
            v.add("revenue", "only purchases and returns carry revenue, not a " + std::string(toCode(e.kind)));
        }
        if (e.margin) {
            v.add("margin", "only purchases and returns carry a margin, not a " + std::string(toCode(e.kind)));
        }
    }
    if (e.margin && !e.revenue && isMonetary(e.kind)) {
        v.add("margin", "needs the revenue it is part of");
    }
    if (e.margin && e.revenue && e.kind == EpisodeKind::Purchase && *e.margin > *e.revenue) {
        v.add("margin", "cannot exceed the revenue (" + e.revenue->toDecimal() + ")");
    }
    if (e.satisfaction && (*e.satisfaction < kMinSatisfaction || *e.satisfaction > kMaxSatisfaction)) {
        v.add("satisfaction", "must be between -2 (very dissatisfied) and +2 (delighted)");
    }
    if (e.followUpDone && !e.followUpOn) {
        v.add("follow_up_done", "needs a follow-up date");
    }
    if (e.followUpOn && *e.followUpOn < e.occurredOn) {
        v.add("follow_up_on", "must not be before the episode itself (" + e.occurredOn.toIso() + ")");
    }
    checkText(v, "owner", e.owner, limits::kShortText);
    checkText(v, "notes", e.notes, limits::kNotes, true);
    checkText(v, "reference", e.reference, limits::kReference);
    if (e.lineCount < 0) {
        v.add("line_count", "must not be negative");
    }
    if (e.cancels) {
        if (e.kind != EpisodeKind::Return) {
            v.add("cancels", "only a return cancels a purchase, not a " + std::string(toCode(e.kind)));
        } else if (*e.cancels <= 0) {
            v.add("cancels", "must name a stored purchase");
        } else if (*e.cancels == e.id) {
            v.add("cancels", "a return cannot cancel itself");
        }
    }
    return v.take();
}

void validate(const Episode& episode) {
    throwIfInvalid("episode", validationErrors(episode));
}

std::vector<FieldError> validationErrors(const Task& t) {
    Validator v;
    v.require(t.customerId > 0, "customer_id", "must name the customer");
    checkRequiredText(v, "title", t.title, limits::kName);
    checkText(v, "owner", t.owner, limits::kShortText);
    checkText(v, "notes", t.notes, limits::kNotes, true);
    return v.take();
}

void validate(const Task& task) {
    throwIfInvalid("task", validationErrors(task));
}

} // namespace rapport::core
