package de.souveraen.workgroup.municipality;

import java.util.Optional;

/**
 * The municipalities whose public pages (OParl, the meeting calendar) this service serves, by key. Until the
 * installation's tenant registry answers this, {@link DerivedMunicipalities} names every valid key from the key
 * itself.
 */
public interface Municipalities {

    /** The municipality with this key, or empty when there is none (its public URLs answer 404). */
    Optional<Municipality> find(String key);
}
