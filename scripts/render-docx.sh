#!/usr/bin/env bash
# Renders a .docx to PDF and PNG pages so a person can look at it: LibreOffice headless for the PDF,
# pdftoppm for the pages. The official Chinese font names in the file (仿宋_GB2312, 楷体_GB2312, 黑体,
# 方正小标宋简体, 宋体) are mapped to Debian's CJK fonts by scripts/fontconfig/fonts.conf.
#
#   scripts/render-docx.sh FILE.docx [OUT_DIR]      (OUT_DIR defaults to the file's folder)
#   DPI=150 scripts/render-docx.sh ...               (page resolution, default 110)
#
# Needs (Debian): libreoffice-writer-nogui poppler-utils fontconfig fonts-noto-cjk fonts-noto-cjk-extra
#   fonts-arphic-gkai00mp fonts-arphic-ukai fonts-arphic-gbsn00lp fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

input=$1
[[ -f "$input" ]] || { echo "render-docx: no such file: $input" >&2; exit 1; }
outdir=${2:-$(dirname "$input")}
dpi=${DPI:-110}
packages="libreoffice-writer-nogui poppler-utils fontconfig fonts-noto-cjk fonts-noto-cjk-extra fonts-arphic-gkai00mp fonts-arphic-ukai fonts-arphic-gbsn00lp fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2"
for tool in soffice pdftoppm fc-match; do
  command -v "$tool" >/dev/null || { echo "render-docx: '$tool' is missing; apt-get install -y $packages" >&2; exit 1; }
done

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export FONTCONFIG_FILE="$script_dir/fontconfig/fonts.conf"
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
name=$(basename "${input%.*}")

# Which face each official name gets in this preview; warn when a mapping fell through to a non-CJK font.
for font in 仿宋_GB2312 楷体_GB2312 黑体 方正小标宋简体 宋体; do
  face=$(fc-match -f '%{family[0]} %{style[0]}' "$font")
  echo "render-docx: $font -> $face"
  if ! fc-match -f '%{lang}' "$font" | grep -qw zh-cn; then
    echo "render-docx: warning: $font falls back to a font without Chinese glyphs; install: $packages" >&2
  fi
done

# A private LibreOffice profile: no clash with a running office, nothing left in the home folder.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$input" >"$profile/soffice.log" 2>&1 \
  || { cat "$profile/soffice.log" >&2; exit 1; }

pdf="$outdir/$name.pdf"
[[ -s "$pdf" ]] || { echo "render-docx: LibreOffice wrote no PDF" >&2; cat "$profile/soffice.log" >&2; exit 1; }
rm -f "$outdir/$name"-page-*.png
pdftoppm -r "$dpi" -png "$pdf" "$outdir/$name-page"

echo "render-docx: $pdf"
ls "$outdir/$name"-page-*.png
echo "render-docx: 预览字体与正式字体不同（仿宋用 Noto Serif CJK SC Light 代替），换行可能与 Word 中略有不同。"
