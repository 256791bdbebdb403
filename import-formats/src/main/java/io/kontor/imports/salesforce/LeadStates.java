package io.kontor.imports.salesforce;

import io.kontor.imports.record.LeadRecord.LeadState;

import java.util.Locale;

/**
 * Lead statuses as Salesforce orgs name them ({@code Open - Not Contacted}, {@code Working - Contacted},
 * {@code Qualified}, {@code Closed - Not Converted}, {@code Unqualified}, HubSpot's {@code NEW},
 * {@code UNQUALIFIED}, ...): closed-but-not-converted and unqualified ones are disqualified, qualified ones
 * qualified (by hand, without a score), everything else stays open.
 */
public final class LeadStates {

    private LeadStates() {
    }

    public static LeadState of(String status) {
        if (status == null) {
            return LeadState.OPEN;
        }
        String text = status.toLowerCase(Locale.ROOT);
        if (text.contains("not converted") || text.contains("unqualified") || text.contains("disqualified")
                || text.contains("bad timing") || text.contains("not qualified")) {
            return LeadState.DISQUALIFIED;
        }
        return text.contains("qualified") ? LeadState.QUALIFIED : LeadState.OPEN;
    }
}
