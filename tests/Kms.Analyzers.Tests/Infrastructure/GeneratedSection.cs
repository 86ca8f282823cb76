using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// A part of a page that is generated from the data, between <c>&lt;!-- NAME: generated … --&gt;</c> and
/// <c>&lt;!-- end of NAME --&gt;</c>: the test fails where it differs, and KMS_UPDATE_DOCS=1 rewrites it instead.
/// </summary>
public static class GeneratedSection
{
    public static void AssertCurrent(string path, string name, string expected)
    {
        var page = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = Regex.Match(page, "<!-- " + Regex.Escape(name) + ": generated[^\n]*?-->");
        var end = begin.Success ? page.IndexOf("<!-- end of " + name + " -->", begin.Index, StringComparison.Ordinal) : -1;
        Assert.True(end > 0, Path.GetFileName(path) + " lacks the markers of its generated " + name);

        var start = begin.Index + begin.Length;
        var actual = page.Substring(start, end - start);
        if (actual != expected && Environment.GetEnvironmentVariable("KMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page.Substring(0, start) + expected + page.Substring(end));
            return;
        }

        Assert.Equal(expected, actual);
    }
}
