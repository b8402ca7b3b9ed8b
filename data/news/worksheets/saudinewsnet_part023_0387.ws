# saudinewsnet_part023_0387 (annotator40)
@P4
PER | تركي بن حميد | p4_turki

@P11
GPE | الطايف | p11_taif
LOC | البصيري | p11_busairi

@P16
GPE | رماح | p16_rumah

@P17
PER | تركي بن حميد | p17_turki
PER | محمد بن هادي | p17_hadi

@P19
PER | تركي بن حميد | p19_turki

@P27
PER | عبدالله الرشيد | p27_rashid

@P29
PER | حسين | p29_hussein

@P31
PER | حسين | p31_hussein

@P33
PER | سعد بن ناصر بن سعيدان | p33_saad
GPE | نفي | p33_nafi
REL | ROLE | p33_saad | p33_nafi

@P41
PER | عبد الله بن سبيل | p41_subail
GPE | نفي | p41_nafi
REL | ROLE | p41_subail | p41_nafi

@P46
PER | سعد بن سعيدان | p46_saad
GPE | نفي | p46_nafi
PER | دغليب بن خنيصر الأسعدي العتيبي | p46_dughailib
REL | ROLE | p46_saad | p46_nafi

@P47
PER | ادغيليب | p47_dughailib

@P53
PER | عبد الله بن سبيّل | p53_subail

@P55
LOC | الهيشه | p55_haisha
LOC | الرفيعه | p55_rafia

@P57
PER | ترفه | p57_tarfa

@P58
LOC | الهيشة | p58_haisha
NORP | الهزازنة | p58_hazazna
GPE | الحريق | p58_hariq
PER | ترفة | p58_tarfa
PER | سعد | p58_saad

@P59
PER | ناصر بن ابراهيم العبدالكريم | p59_nasser
GPE | حرمة | p59_harmah
PER | حنيف بن سعيدان المطيري | p59_hunaif

@P60
PER | حنيف | p60_hunaif

@P62
PER | حنيف بن سعيدان | p62_hunaif
