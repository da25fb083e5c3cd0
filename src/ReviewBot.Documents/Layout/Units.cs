namespace ReviewBot.Documents.Layout;

/// <summary>Word's units: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes.</summary>
internal static class Units
{
    /// <summary>A4 short side, 210 mm.</summary>
    public const int A4ShortTwips = 11906;

    /// <summary>A4 long side, 297 mm.</summary>
    public const int A4LongTwips = 16838;

    public static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int PtToTwips(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    public static string HalfPoints(double pt) => ((int)Math.Round(pt * 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Twips(double pt) => PtToTwips(pt).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
