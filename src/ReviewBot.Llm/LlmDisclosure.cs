using System.Net;
using System.Net.Sockets;

namespace ReviewBot.Llm;

/// <summary>
/// The line each user is told once when a model is configured (see <c>PhraserInfo.Disclosure</c>): where their words
/// go, what is sent, whether names and numbers are hidden, and that classified material must not be typed.
/// </summary>
public static class LlmDisclosure
{
    private static readonly string[] InternalSuffixes = [".local", ".lan", ".internal", ".intranet", ".corp", ".home.arpa"];

    public static string Text(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var redaction = options.RedactEnabled
            ? "发送前，单位名称、姓名、电话和证件号码等会替换为代号，答复回来后再换回。"
            : "发送的文字不做代号替换，请不要写入他人姓名、电话等个人信息。";
        return $"提示：本机器人用{Where(options)}协助润色。写材料时，只有当前这一步用到的本稿文字（如您刚说的问题、本稿已写的问题条目）会发给它，"
            + $"不发送其他材料、其他人的内容或文件。{redaction}**涉密内容不得输入。**（此提示只显示一次。）";
    }

    /// <summary>Azure: the resource's host; an OpenAI-compatible server on a private address or intranet name: 单位内部部署的模型.</summary>
    public static string Where(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = options.Provider == LlmProvider.AzureOpenAI ? options.Endpoint : options.BaseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "所配置的模型";
        }
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            return $"Azure OpenAI 服务（{uri.Host}）";
        }
        return IsInternal(uri) ? $"单位内部部署的模型（{uri.Host}）" : $"外部模型服务（{uri.Host}）";
    }

    private static bool IsInternal(Uri uri)
    {
        if (uri.IsLoopback)
        {
            return true;
        }
        if (uri.HostNameType == UriHostNameType.Dns)
        {
            return !uri.Host.Contains('.', StringComparison.Ordinal)
                || InternalSuffixes.Any(s => uri.Host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        }
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IsPrivate(ip);
    }

    private static bool IsPrivate(IPAddress ip)
    {
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return ip.IsIPv6UniqueLocal || ip.IsIPv6LinkLocal || IPAddress.IsLoopback(ip) || (ip.IsIPv4MappedToIPv6 && IsPrivate(ip.MapToIPv4()));
        }
        var b = ip.GetAddressBytes();
        return b[0] == 10
            || b[0] == 127
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }
}
