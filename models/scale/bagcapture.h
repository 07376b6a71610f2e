// BagCapture: which readings are bags. A bag is the first stable reading above zero after the
// scale has been at zero (or below it), or since the start; the same bag is never captured twice
// however long it stays on the scale. Unstable readings, overloads and unreadable lines change
// nothing. Pure code.
#pragma once

#include "core/weight.h"
#include "scale/scaleprotocol.h"

#include <optional>

class BagCapture
{
public:
    enum class Event {
        None,
        Captured, // a new bag: bag()
        Emptied,  // the scale is back at zero after a captured bag
    };

    Event feed(const ScaleReading &reading);
    // The bag of the last Captured event.
    Weight bag() const { return m_bag; }
    // Waiting for a bag (the scale has been at zero, or nothing was captured yet).
    bool armed() const { return m_armed; }
    void reset()
    {
        m_armed = true;
        m_bag = Weight();
    }

private:
    bool m_armed = true;
    Weight m_bag;
};
