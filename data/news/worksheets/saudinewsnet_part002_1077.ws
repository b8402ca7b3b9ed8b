# saudinewsnet_part002_1077 (annotator42)
# P1: «موسوعة خطب الجمعة» is a book title (no type); "الجمعة" in it is not a date.
@P2
# "وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد" is a title: no ORG, no NORP inside; "الشيخ" out
PER | صالح بن عبدالعزيز بن محمد آل الشيخ | p2_saleh

@P3
PER | توفيق بن عبدالعزيز السديري | p3_sudairi
