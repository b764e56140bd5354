package dev.supervisorportal.portal.ui;

import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.i18n.Texts;

import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How numbers, amounts and times read in the portal, in the user's locale ("4,000 MHz", "4.000 MHz"). */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    /** A workload by its namespace: "team-a/web-1"; one in no namespace (a control-plane VM) by its name alone. */
    public static String qualifiedName(String namespace, String name) {
        return namespace == null ? name : namespace + "/" + name;
    }

    /** A count: "1,234", "1.234". */
    public static String number(long value) {
        return String.format(locale(), "%,d", value);
    }

    public static String mhz(long value) {
        return String.format(locale(), "%,d MHz", value);
    }

    public static String mib(long value) {
        return String.format(locale(), "%,d MiB", value);
    }

    public static String gib(long value) {
        return String.format(locale(), "%,d GiB", value);
    }

    /** Memory as people size it: "16 GiB" when whole gibibytes, else "1,536 MiB". */
    public static String memory(long mib) {
        return mib % 1024 == 0 ? String.format(locale(), "%,d GiB", mib / 1024) : mib(mib);
    }

    /** "guaranteed-large — 4 vCPU, 16 GiB". */
    public static String vmClass(VmClassView vmClass) {
        return vmClass.name() + " — " + vmClass.cpus() + " vCPU, " + memory(vmClass.memoryMib());
    }

    /** CPU as vCenter writes totals: "4,000 MHz" below 10 GHz, "96 GHz", "1,234.5 GHz". */
    public static String cpu(long mhz) {
        return mhz < 10_000 ? mhz(mhz) : scaled(mhz / 1_000.0, "GHz");
    }

    /** A memory total: "512 MiB", "16 GiB", "1.5 TiB". */
    public static String memorySize(long mib) {
        return mib < 1_024 ? mib(mib) : mib < 1_048_576 ? scaled(mib / 1_024.0, "GiB") : scaled(mib / 1_048_576.0, "TiB");
    }

    /** A storage total: "800 GiB", "3.9 TiB". */
    public static String storageSize(long gib) {
        return gib < 1_024 ? gib(gib) : scaled(gib / 1_024.0, "TiB");
    }

    /** One decimal, left out when it is zero: "96 GHz", "1,234.5 GHz", "1.234,5 GHz". */
    private static String scaled(double value, String unit) {
        String text = String.format(locale(), "%,.1f", value);
        String zeroDecimal = DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator() + "0";
        return (text.endsWith(zeroDecimal) ? text.substring(0, text.length() - 2) : text) + " " + unit;
    }

    public static String limits(Limits limits) {
        return mhz(limits.cpuMhz()) + " · " + mib(limits.memoryMib()) + " · " + gib(limits.storageGib());
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(locale()).format(instant);
    }

    /** The user's language, with British conventions for English (24-hour times, day before month). */
    private static Locale locale() {
        Locale locale = Texts.locale();
        return Locale.ENGLISH.equals(locale) ? Locale.UK : locale;
    }
}
