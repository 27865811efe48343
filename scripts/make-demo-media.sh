#!/bin/sh
# Makes the demo talks' videos in seeds/demo/media/ (committed; we made them, so the project may redistribute them).
# Each is a plain card with the talk's title, the current chapter's title, and a three-second 440 Hz tone at the
# start, as long as the talk (so its chapters, captions and transcript line up). Frames change only at chapter
# starts and the video runs at 1 frame per second with a key frame every two minutes, so a 35-minute talk stays
# around 100 KB. The tone is the only audio: an audio track shorter than the video plays fine in browsers.
#
# Needs ffmpeg (Debian: apt-get install ffmpeg) with libx264 and the DejaVu fonts. Run from the repository root:
#   sh scripts/make-demo-media.sh
set -eu
out=seeds/demo/media
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
mkdir -p "$out"

# make <file> <seconds> <title> <first chapter's title> <chapter start:title>... (as in seeds/demo/talks-*.ts)
make() {
  file=$1 seconds=$2 title=$3 label=$4
  shift 4
  filters="drawtext=fontfile=$bold:text='$title':fontcolor=white:fontsize=20:x=(w-tw)/2:y=60"
  filters="$filters,drawtext=fontfile=$font:text='Vidensbro · demo':fontcolor=0xbbbbbb:fontsize=14:x=(w-tw)/2:y=24"
  start=0
  for chapter in "$@"; do
    next=${chapter%%:*}
    filters="$filters,drawtext=fontfile=$font:text='$label':fontcolor=white:fontsize=16:x=(w-tw)/2:y=130:enable='between(t,$start,$next-0.01)'"
    start=$next label=${chapter#*:}
  done
  filters="$filters,drawtext=fontfile=$font:text='$label':fontcolor=white:fontsize=16:x=(w-tw)/2:y=130:enable='gte(t,$start)'"
  ffmpeg -loglevel error -y \
    -f lavfi -i "color=c=0x1d3b53:s=480x270:r=1:d=$seconds" \
    -f lavfi -i "sine=frequency=440:duration=3" \
    -vf "$filters" -c:v libx264 -preset veryslow -tune stillimage -crf 30 -g 120 -pix_fmt yuv420p \
    -c:a aac -b:a 32k -ac 1 -movflags +faststart -metadata title="$title" -metadata copyright="Vidensbro, CC0" \
    "$out/$file"
  echo "$out/$file: $(wc -c < "$out/$file") bytes"
}

make naar-18-aarsdagen-naermer-sig.mp4 2100 'Når 18-årsdagen nærmer sig' 'Velkomst og baggrund' \
  '240:Hvad de unge fortæller os' '660:Ét samlet efterværnsteam' '1140:Uddannelse og første semester' \
  '1620:Plejefamiliens rolle efter 18' '1920:Spørgsmål fra salen'
make overgange-uden-brud.mp4 1620 'Overgange uden brud' 'Indledning' \
  '180:Hvornår bryder anbringelser sammen?' '540:Ugentlige opkald som tidlig alarm' \
  '960:Gruppeforløb for plejeforældre' '1380:Tre råd til at komme i gang'
