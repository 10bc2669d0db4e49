app_name = "qr"
urlpatterns: list = []
