"""Helpers that read QR codes back the way a phone would: from pixels, with a real decoder."""

import io

import zxingcpp
from PIL import Image, ImageFilter


def read(image):
    """Texts of every QR code zxing-cpp finds in a Pillow image."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def degrade(image, factor=0.25, blur=1.0):
    """A poorer copy: scaled to `factor` of its size, then blurred, like a shaky phone photo."""
    grey = image.convert("L")
    small = grey.resize(
        (max(1, round(grey.width * factor)), max(1, round(grey.height * factor))),
        Image.Resampling.BILINEAR,
    )
    return small.filter(ImageFilter.GaussianBlur(blur))


def png_image(data):
    return Image.open(io.BytesIO(data))


def code_width_px(image):
    """Width in pixels of the first QR symbol found (finder corners, no quiet zone)."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found, "no QR code found"
    pos = found[0].position
    return max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
