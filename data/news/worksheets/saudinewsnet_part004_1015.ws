# saudinewsnet_part004_1015 (annotator44)
# "صاحب السمو الملكي الأمير" and "العقيد" are titles, not annotated.
@P1
PER | فيصل بن سلمان | p1_faisal
PER | النزاوي | p1_nazzawi

@P2
GPE | العلا | p2_ula
PER | سعد بن مرزوق السحيمي | p2_suhaimi1
PER | فيصل بن سلمان بن عبدالعزيز | p2_faisal
GPE | المدينة المنورة | p2_madinah1
PER | سلطان بن حامد النزاوي | p2_nazzawi
ORG | مكافحة المخدرات | p2_narcotics
GPE | المدينة المنورة | p2_madinah2
PER | السحيمي | p2_suhaimi2
REL | ROLE | p2_suhaimi1 | p2_ula
REL | ROLE | p2_faisal | p2_madinah1
REL | ROLE | p2_nazzawi | p2_narcotics
REL | MEET | p2_suhaimi1 | p2_nazzawi

@P3
PER | السحيمي | p3_suhaimi
PER | النزاوي | p3_nazzawi
GPE | العلا | p3_ula
REL | VISIT | p3_suhaimi | p3_ula

@P4
PER | النزاوي | p4_nazzawi
PER | فيصل بن سلمان | p4_faisal
