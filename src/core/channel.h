#pragma once

#include "core/enum_names.h"

namespace rapport::core {

/** Where an interaction happens or how a customer prefers to be reached. */
enum class Channel {
    PointOfSale,
    Phone,
    Email,
    Event,
    Meeting,
    WebForm,
    Advertising,
    Chat,
    SocialNetwork,
    Mail,
    Other,
};

template <> struct EnumNames<Channel> {
    static constexpr std::array<std::pair<Channel, std::string_view>, 11> values{{
        {Channel::PointOfSale, "point_of_sale"},
        {Channel::Phone, "phone"},
        {Channel::Email, "email"},
        {Channel::Event, "event"},
        {Channel::Meeting, "meeting"},
        {Channel::WebForm, "web_form"},
        {Channel::Advertising, "advertising"},
        {Channel::Chat, "chat"},
        {Channel::SocialNetwork, "social_network"},
        {Channel::Mail, "mail"},
        {Channel::Other, "other"},
    }};
};

} // namespace rapport::core
